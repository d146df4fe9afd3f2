env = {
  HOME  = "/root"
  DEBUG = 1 # HCL converts the number
}
limits = { cpu = 2 }

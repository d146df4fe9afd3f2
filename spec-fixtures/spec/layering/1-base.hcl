name = "web"
tags = ["a", "b", "c"]
env = {
  HOME = "/root"
  MODE = "dev"
}
disk {
  size = 20
}
step {
  run = "make"
}
step {
  run = "make test"
}
item "a" {
  path = "/a"
  mode = "0644"
}

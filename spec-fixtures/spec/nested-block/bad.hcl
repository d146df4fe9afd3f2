name = "web"
disk {
  tpye = "hdd"
}
disk {
  size = 1
}

name = "web"
disk {
  size = 20
}

name   = "web"
inline = ["echo hi"]
disk {
  type = "hdd"
}

region           = var.x
environment_vars = ["A=${var.x}", var.x]
count            = var.n
timeout          = var.x
mode             = var.x
tags             = var.m
disk {
  size = var.n
}

token = var.token
env = {
  TOKEN = var.token
  USER  = "admin"
}
tags = ["build", var.token]

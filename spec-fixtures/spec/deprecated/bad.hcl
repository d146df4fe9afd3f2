inline  = ["echo one"]
command = "echo two"

inline = ["echo hi"]
script = "setup.sh"

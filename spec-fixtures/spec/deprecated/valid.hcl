command = "echo hello"

port             = 70000
environment_vars = ["A=1", "=2", "B"]

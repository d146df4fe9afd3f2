port             = 22
environment_vars = ["A=1", "B="]

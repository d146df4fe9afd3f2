v = "set"

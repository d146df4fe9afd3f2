xs = [1, true, "s"]

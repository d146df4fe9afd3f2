zones = ["b", "a", "b"]
ids   = [3, 1, 3]

zones = ["a", ["b"]]
ids   = [1.5]

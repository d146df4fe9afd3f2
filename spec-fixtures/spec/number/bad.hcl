ratio = "lots"
scale = [2]

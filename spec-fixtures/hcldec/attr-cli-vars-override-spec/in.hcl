v = base * 2

a = [s, t, u]

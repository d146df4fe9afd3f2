count  = 2.5
offset = 10 / 4

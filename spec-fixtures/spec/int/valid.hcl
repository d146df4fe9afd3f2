count  = 3
offset = -2 * 1

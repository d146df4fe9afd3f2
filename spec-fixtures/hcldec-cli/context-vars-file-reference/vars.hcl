x = nope

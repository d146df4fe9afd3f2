v = somevar
w = upper("x")

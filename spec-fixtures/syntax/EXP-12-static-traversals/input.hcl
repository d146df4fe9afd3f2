a = x.y[0]["k"].z
b = x.y[i].z
c = x[1.5]

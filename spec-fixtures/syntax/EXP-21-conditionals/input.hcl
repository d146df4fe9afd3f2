a = x ? 1 : y ? 2 : 3
b = (x ? y : z).w

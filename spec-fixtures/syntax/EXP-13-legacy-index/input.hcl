a = x.0.y
b = x.*.y.0

a = s.*.a.b
b = s.*.a[0]

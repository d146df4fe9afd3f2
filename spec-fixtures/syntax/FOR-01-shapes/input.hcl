a = [for v in l : v]
b = [for i, v in l : v if i > 0]
c = {for k, v in m : k => v}
d = {for v in l : v.k => v...}
e = {for k, v in m : k => v... if v}

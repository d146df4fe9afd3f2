a = 1
b = 2
a = 3
c = 4
d = 5
e = 6
f = 7
g = 8
h = 9
i = 10
b = 11
j = 12
i = 13
block {
  x = 1
  x = 2
}

_a = 1
foo-bar = 2
a--b = 3
ünï = 4
x = a-b.c-d

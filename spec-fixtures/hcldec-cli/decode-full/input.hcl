name = "${greeting} <there> & co"
n    = add(1, 2.5)
list = [1, null, "a"]
m    = { "é" = "1", "z" = "2", "a" = "3", "éx" = "4", "𝒳" = "5", "ﬀ" = "6" }

item {
  x = cat(1, "two", [3])
}
item {
  y = "why"
}

thing "a" "b" {
  v = 1
}
thing "a" "c" {
  v = 2
}

s {
  v = 1
}
s {
  v = 1
}
s {
  v = 3
}

t = "shout"

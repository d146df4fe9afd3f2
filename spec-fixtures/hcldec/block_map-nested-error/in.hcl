res "a" {
  v = "x"
}
res "b" {
  w = 1
}

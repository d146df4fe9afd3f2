res "b" {
  v = 2
}
res "a" {
  v = 1
}

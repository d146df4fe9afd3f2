res a {
  v = 1
}
res "b" {
  v = 2
}

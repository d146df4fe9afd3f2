item {
  v = "a"
  w = 2
}
item {
  v = "b"
}

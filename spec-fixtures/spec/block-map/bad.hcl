item {
  path = "/x"
}
item "a" {
  size = 1
}

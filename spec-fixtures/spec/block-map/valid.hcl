item "a" {
  path = "/a"
}
item "b" {
  path = "/b"
  size = 2
}

a {
  v = "a1"
}
b {
  v = "b1"
}
a {
  v = "a2"
}

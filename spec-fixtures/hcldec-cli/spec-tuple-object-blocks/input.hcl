t {
  v = 1
}
t {
  v = "s"
}
o "a" {
  v = 1
}
o "b" {
  v = "x"
}

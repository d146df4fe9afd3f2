tags {
  a = "x"
  b = 2
}

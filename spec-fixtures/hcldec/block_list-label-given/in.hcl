item "x" {
  v = 1
}

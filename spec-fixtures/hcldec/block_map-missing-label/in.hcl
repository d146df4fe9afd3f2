res "t" {
  v = 1
}

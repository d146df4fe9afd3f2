res "a" "b" {
  v = 1
}

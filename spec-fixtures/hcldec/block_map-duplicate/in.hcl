res "t" "a" {
  v = 1
}
res "t" "a" {
  v = 2
}

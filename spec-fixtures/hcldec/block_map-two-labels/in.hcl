res "t1" "b" {
  v = 2
}
res "t1" "a" {
  v = 1
}
res "t2" "a" {
}

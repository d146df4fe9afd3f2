a = "x"
item {
  v = 1
}

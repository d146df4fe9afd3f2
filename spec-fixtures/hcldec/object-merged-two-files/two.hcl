b = 2
item {
  v = 2
}

item {
  v = 1
}
item {
}

item {
  v = 2
}
item {
  v = 1
}
item {
}

s {
  v = "a"
}
s {
  v = "a"
}

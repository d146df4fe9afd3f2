s {
  v = 1
}
s {
  v = "1"
}
s {
  v = false
}

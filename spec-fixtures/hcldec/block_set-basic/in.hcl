s {
  v = "b"
}
s {
  v = "a"
}
s {
  v = "b"
}

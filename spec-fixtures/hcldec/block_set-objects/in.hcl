s {
  a = "y"
  b = 2
}
s {
  a = "x"
  b = 1
}
s {
  b = 3
}

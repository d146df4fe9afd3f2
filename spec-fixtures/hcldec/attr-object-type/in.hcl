o = {
  a = 1
  b = [1, "2"]
  c = true
}

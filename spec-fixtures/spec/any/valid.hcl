metadata = {
  tags = ["a", "b"]
  size = 3
  on   = true
  none = null
}
extra = "text"

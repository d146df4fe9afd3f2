outer "o" {
  inner {
    x = 1
  }
}

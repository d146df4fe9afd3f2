a {
  b {
    c {
      w = 1
    }
  }
}

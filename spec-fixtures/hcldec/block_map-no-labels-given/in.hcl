res {
  v = 1
}

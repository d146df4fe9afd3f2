svc {
  prot = 1
  inner {
  }
}

svc {
  port = [80]
}

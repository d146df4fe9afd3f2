svc {
  port = 1
}
svc {
  port = 2
}
svc {
  port = 3
}

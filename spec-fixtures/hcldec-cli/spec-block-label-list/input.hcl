svc "b" "x" {
  port = 1
}
svc "a" "y" {}

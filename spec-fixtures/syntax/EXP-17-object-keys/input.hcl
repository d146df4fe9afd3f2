a = {
  name = 1
  "quoted" = 2
  (var.k) = 3
  null = 4
  "${x}" = 5
}

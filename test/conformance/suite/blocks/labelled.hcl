service "web" "a" {
  port = 80
}
service "web" "b" {
  port = 8080
}
service "db" "a" {
  port = 5432
}

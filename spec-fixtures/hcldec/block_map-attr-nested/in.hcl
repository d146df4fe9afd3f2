env "A" {
  value = "1"
}
env "B" {
}

name = "pipeline"
step {
  run = "make"
}
step {
  run     = "make test"
  retries = 2
}

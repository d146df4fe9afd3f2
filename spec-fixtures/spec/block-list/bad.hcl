step {
  run = "make"
}
step {
  retries = 1
}
step {
  run = "make install"
}

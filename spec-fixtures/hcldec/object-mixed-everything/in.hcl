name = "pipe"
settings {
  debug = true
  env "PATH" {
    value = "/bin"
  }
  env "HOME" {
    value = "/root"
  }
}
step {
  run = "make"
  tag {
    t = "x"
  }
  tag {
    t = "a"
  }
}
step {
  run = "test"
}

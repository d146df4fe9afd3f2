name = ["pipe"]
settings {
  debug = "perhaps"
  env "PATH" {
    value = "/bin"
  }
  env "PATH" {
    value = "/root"
  }
  env {
  }
}
step {
  tag {
    t = ["x"]
  }
  tag "l" {
  }
}
settings {
}

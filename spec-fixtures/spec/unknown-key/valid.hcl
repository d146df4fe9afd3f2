script = "setup.sh"
options {
  verbose = true
}

outer "a" {
}
outer "b" {
  inner "k" "n" {
    v = "x"
  }
}

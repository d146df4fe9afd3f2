b "lbl" {
  a = "x"
}

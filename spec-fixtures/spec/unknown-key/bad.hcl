scirpt  = "setup.sh"
inlines = ["echo"]
color   = "red"
option {
}
options {
  verbos = true
}

for = 1
in = 2
if {
  null = true
  endif = false
}

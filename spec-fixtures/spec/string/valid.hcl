# HCL converts a number to a string; templates are evaluated.
name  = "web-${1 + 1}"
label = 42

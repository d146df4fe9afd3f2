enabled = true
verbose = "false" # HCL converts "true" and "false"

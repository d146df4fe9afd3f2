enabled = "yes"
verbose = 1

ratio = 0.75
scale = "2" # HCL converts a numeric string

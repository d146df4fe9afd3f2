tags  = "a" # HCL never lifts a single value into a list
ports = [22, 8.5]

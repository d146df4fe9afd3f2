tags  = ["a", "b", "a"]
ports = [22, "80"] # HCL converts the string element

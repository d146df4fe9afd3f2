t = "hcl"
u = "hcl"

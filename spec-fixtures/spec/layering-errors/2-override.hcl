direction = "sideways"
port      = 70000

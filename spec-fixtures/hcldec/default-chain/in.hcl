b = "bee"

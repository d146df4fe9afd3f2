
a = "y"

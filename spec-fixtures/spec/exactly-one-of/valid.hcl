inline = [] # an empty list counts as not set
script = "setup.sh"

source = "" # an empty string counts as not set

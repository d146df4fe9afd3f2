port = -1

name     = "pool"
min_size = 1
max_size = 3

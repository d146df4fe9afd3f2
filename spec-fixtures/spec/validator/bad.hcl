min_size = 5
max_size = 2

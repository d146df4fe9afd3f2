retries   = "many" # a default does not hide a wrong value
direction = "up"

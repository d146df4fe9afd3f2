# A value from a sensitive variable is never quoted in an error.
mode    = var.token
retries = var.half

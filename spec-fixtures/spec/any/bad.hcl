metadata = { size = local.size }
extra    = upper("x")

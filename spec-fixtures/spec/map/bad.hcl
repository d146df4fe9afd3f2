env    = ["HOME=/root"]
limits = { cpu = 0.5, mem = null }

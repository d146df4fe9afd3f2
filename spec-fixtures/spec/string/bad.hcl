name  = ["web"]
label = { text = "x" }

direction = "download"
mode      = "safe"

direction = "uplaod"
mode      = "quick"

timeout = "5 sec"
pause   = 5
tick    = ""

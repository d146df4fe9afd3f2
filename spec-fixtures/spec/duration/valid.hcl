timeout = "1h5m"
pause   = "1.5s"
tick    = "300us"

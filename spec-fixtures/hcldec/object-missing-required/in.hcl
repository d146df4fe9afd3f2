namme = "web"
count = 1

user     = "admin"
password = "hunter2"

source      = "app.conf"
destination = "/etc/app.conf"

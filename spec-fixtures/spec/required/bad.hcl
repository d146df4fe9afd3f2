source      = "app.conf"
destination = null # null is "not set"

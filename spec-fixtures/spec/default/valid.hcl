retries = 5
timeout = null # null is "not set": the default applies

# A sensitive value is never quoted in an error.
password = ["hunter2"]

remote_folder = ["/opt"]

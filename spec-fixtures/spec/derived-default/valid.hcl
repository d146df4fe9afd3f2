remote_folder = "/opt/build"

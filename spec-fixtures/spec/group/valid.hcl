host              = "10.0.0.5"
packer_build_name = "web"

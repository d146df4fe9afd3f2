hots            = "10.0.0.5"
port            = 2.2
packer_on_error = "retry"

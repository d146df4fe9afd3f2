password         = "secret"
private_key_file = "~/.ssh/id_ed25519"
agent_auth       = true

password   = "secret"
agent_auth = false # false counts as not set

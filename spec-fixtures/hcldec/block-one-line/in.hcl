svc { port = 8 }

content = "hello"

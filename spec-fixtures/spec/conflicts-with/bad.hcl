sources = ["b.txt"]
content = "hello"

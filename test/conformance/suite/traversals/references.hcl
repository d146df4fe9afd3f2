a = foo.bar[0]["k"]
b = baz

source  = "a.txt"
sources = ["b.txt"] # source and sources may go together

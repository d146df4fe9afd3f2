a = "${ { for k in l : k => { v = k } } }"

v = greting

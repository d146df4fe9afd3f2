v = [1, true, { a = null }]

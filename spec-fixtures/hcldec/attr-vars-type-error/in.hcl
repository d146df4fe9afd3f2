v = greeting

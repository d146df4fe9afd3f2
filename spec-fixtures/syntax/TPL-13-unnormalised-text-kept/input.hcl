a = "año"

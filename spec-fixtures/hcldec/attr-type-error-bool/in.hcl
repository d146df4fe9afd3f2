on = "maybe"

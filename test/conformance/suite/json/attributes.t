result = {
  name = "json"
  size = 12345678901234567890.125
  item = [[1, 2], []]
}
result_type = object({
  name = string
  size = number
  item = list(list(number))
})

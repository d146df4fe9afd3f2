result = {
  web = {
    a = { port = 80 }
    b = { port = 8080 }
  }
  db = {
    a = { port = 5432 }
  }
}
result_type = map(map(object({ port = number })))

a = "%{ for v in l }${v},%{ endfor }"
b = "%{ for k, v in m }${k}=${v}%{ endfor }"

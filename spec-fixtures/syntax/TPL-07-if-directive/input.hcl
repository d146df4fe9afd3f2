a = "%{ if x }yes%{ else }no%{ endif }"
b = "%{ if x }only%{ endif }"

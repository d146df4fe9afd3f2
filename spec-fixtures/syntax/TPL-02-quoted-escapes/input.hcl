a = "\n\r\t\"\\\u00e9\U0001F600"
b = <<EOT
no \n escapes
EOT

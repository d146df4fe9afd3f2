a = <<EOT
EOT
b = ""

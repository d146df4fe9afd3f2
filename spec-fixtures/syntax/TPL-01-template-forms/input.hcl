a = "quoted ${x}"
b = <<EOT
heredoc ${y}
EOT

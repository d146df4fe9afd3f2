a = <<EOT
${x

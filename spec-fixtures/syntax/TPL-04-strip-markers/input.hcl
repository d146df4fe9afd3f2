a = "a ${~ b ~} c"
b = <<EOT
%{ if x ~}
  y
%{~ endif }
EOT
c = "${"a "~}${" b"}"

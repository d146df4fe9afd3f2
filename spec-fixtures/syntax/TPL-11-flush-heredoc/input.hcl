a = <<-EOT
    Foo
  Bar
    Baz
  EOT
b = <<-EOT
	Foo
  Bar
  Baz
  EOT
c = <<-EOT
    x
  ${y}

    z
  EOT

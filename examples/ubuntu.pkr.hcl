# A Packer-style build template: the bundled example for Plinth's quick start.

packer {
  required_version = ">= 1.9.0"
}

variable "image_name" {
  type        = string
  default     = "plinth-demo"
  description = "Name of the image to produce."
}

variable "packages" {
  type    = list(string)
  default = ["curl", "git", "jq"]
}

locals {
  stamp    = formatdate("YYYYMMDDhhmmss", timestamp())
  fullname = "${var.image_name}-${local.stamp}"
  env_vars = [for k, v in { LANG = "C.UTF-8", DEBIAN_FRONTEND = "noninteractive" } : "${k}=${v}"]
}

source "null" "local" {
  communicator = "none"
}

build {
  name    = "demo"
  sources = ["source.null.local"]

  provisioner "shell-local" {
    environment_vars = local.env_vars
    inline = [
      "echo building ${local.fullname}",
      "echo packages: ${join(" ", var.packages)}",
    ]
  }

  provisioner "shell-local" {
    inline = [<<-EOT
      %{~ for p in var.packages ~}
      echo "would install ${p}"
      %{~ endfor ~}
    EOT
    ]
    max_retries = 2
  }
}

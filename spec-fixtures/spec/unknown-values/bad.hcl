# Unknown values do not hide errors in known ones.
region           = var.x
# A check sees the whole value: a list with an unknown element is not checked.
environment_vars = [var.x, "NOEQUALS"]
count            = 0
timeout          = "soon"
disk {
}

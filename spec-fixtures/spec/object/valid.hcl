owner = { name = "root", uid = 0 }
group = { name = "wheel", gid = "10" }

owner = { name = "root" }
group = { name = "wheel", gid = 0.5 }

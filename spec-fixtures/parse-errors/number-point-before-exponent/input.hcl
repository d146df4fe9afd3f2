count { true0 = 0.e0 = 0.001 }

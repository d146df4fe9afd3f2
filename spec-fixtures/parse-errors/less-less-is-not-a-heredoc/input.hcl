a = b <<c

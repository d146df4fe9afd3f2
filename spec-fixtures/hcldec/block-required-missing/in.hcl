
# nothing
other = 1

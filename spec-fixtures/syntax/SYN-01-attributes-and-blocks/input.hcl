b = 1
a = 2
blk {}
blk "x" {}

foo &blk
x = 3
x &blk
x & blk

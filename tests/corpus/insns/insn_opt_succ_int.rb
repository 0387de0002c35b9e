i = 1
p i.succ

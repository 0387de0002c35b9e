1.succ

x = __END__ rescue 1
y = 2

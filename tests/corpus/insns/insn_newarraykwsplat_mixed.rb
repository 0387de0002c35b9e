h = { k: 2 }
x = 1
arr = [x, **h]
p arr

arr = [0, 0]
arr[0], arr[1] = 5, 6
p arr

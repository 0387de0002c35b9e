n = 1
n *= 2 until n > 50
p n

x = -y
z = +y
w = !y

opts = { a: 1 }
p [**opts]

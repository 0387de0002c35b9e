n = 7
puts(n > 5 ? "big" : "small")

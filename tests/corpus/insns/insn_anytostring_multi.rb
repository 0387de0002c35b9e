a, b = 1, :two
s = "#{a}-#{b}-#{nil}"
p s

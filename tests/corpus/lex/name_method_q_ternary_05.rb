a = x.empty? ? 1 : 2
b = y.frozen?? 3 : 4

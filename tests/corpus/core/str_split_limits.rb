s = "a,b,c,d"
(-1..4).each { |n| p [n, s.split(",", n)] }
p " a b ".split(" ", 2), " a b ".split(" ", -1), "a  b".split(" ", 2), "abc".split("", 2), "a:b:c".split(/:/, 2)

p "%.3s" % "abcdef", "abc".ljust(2), 12.to_s.rjust(5, "0"), "7".rjust(3, "0"), 3.14.to_s.ljust(6, "0")
p 1234567.89.round(2).to_s.reverse.scan(/\d{1,3}/), "x".center(4).length
p "Name: %-10s Age: %3d" % ["Al", 5]
p "a".ljust(3).rjust(5).center(9, "*")

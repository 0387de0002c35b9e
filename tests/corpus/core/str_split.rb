p "a b  c".split, "a b  c".split(" "), "a b  c".split(/ /), " lead trail ".split, " lead trail ".split(/ /)
p "a,b,,c,,".split(","), "a,b,,c,,".split(",", -1), "a,b,c".split(",", 2), "a,b,c".split(",", 1)
p "abc".split(""), "abc".split(//), "".split(","), "".split, "a".split(",")
p "a1b2c3".split(/\d/), "a1b2c3".split(/(\d)/), "a-b_c".split(/[-_]/), "a--b".split("-")
p "one  two\tthree\nfour".split, "a b c".split(nil), "héllo wörld".split("l")
p "1,2;3".split(/[,;]/).map(&:to_i), "a b c d".split(" ", 3), "a b c".split(" ", -1)
r = []
"x y z".split(" ") { |w| r << w.upcase }
p r

s = +"abc"
p s.freeze.frozen?, (+s).frozen?, (+s).equal?(s), (-"x").frozen?
t = +"q"
p (+t).equal?(t)
p "ab".upto("ae").to_a, "a8".upto("b1").to_a, "9".upto("11").to_a

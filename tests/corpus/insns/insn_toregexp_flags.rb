pat = "A"
r = /#{pat}b/i
p r.match?("ab")

flag = true
other = false
both = flag && !other
nothing = nil
p true.to_s, false & true

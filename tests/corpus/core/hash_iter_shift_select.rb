# shift, select! and reject! inside an iteration, and their results outside one
h = {a: 1, b: 2, c: 3}
seen = []
h.each { |k, v| seen << k; h.shift }
p seen, h
h = {a: 1, b: 2, c: 3}
h.each { |k, v| h.select! { |kk, _| kk != :c } if k == :a; p k }
p h
big = (1..16).to_h { [_1, _1] }
big.each { |k, v| big.reject! { |kk, _| kk == k + 2 } }
p big.keys
h = {a: 1}
h.each { h.shift; h.shift }
p h, h.shift

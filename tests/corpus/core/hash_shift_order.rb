# shift takes the oldest pair, on both table kinds; re-added keys go to the end
h = {a: 1, b: 2, c: 3}
p h.shift, h
h[:a] = 1
p h.shift, h.shift, h.shift, h.shift, h
big = (1..20).to_h { [_1, _1] }
out = []
5.times { out << big.shift }
p out, big.size, big.first
big[1] = :one
p big.keys.last, big.shift
until big.empty?
  big.shift
end
p big, big.shift
big[:x] = 1
p big

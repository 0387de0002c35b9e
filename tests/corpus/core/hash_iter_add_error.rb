# Adding a key while the hash is iterated raises; changing an existing key's value does not
def try
  yield
rescue => e
  puts "#{e.class}: #{e.message}"
end
h = {a: 1, b: 2}
try { h.each { |k, v| h[k] = v * 10 } }
p h
try { h.each { |k, v| h[:c] = 3 } }
try { h.each_key { h.store(:d, 1) } }
try { h.map { h[:e] = 1 } }
try { h.select { h[:f] = 1 } }
try { h.any? { h[:g] = 1 } }
try { h.count { h[:h] = 1 } }
try { h.each_with_index { h[:i] = 1 } }
try { h.each { h.merge!(j: 1) } }
try { h.each { h.update(a: 5) }; p h }
p h
h.each { break }
h[:after_break] = 1
begin
  h.each { raise "boom" }
rescue => e
  p e.message
end
h[:after_raise] = 2
p h.keys
big = (1..20).to_h { [_1, _1] }
try { big.each { big[100] = 1 } }
try { big.each { big[1] = :one } }
p big[1], big.size
outer = {a: 1}
inner = {b: 2}
try { outer.each { inner.each { outer[:z] = 1 } } }
try { outer.each { inner[:ok] = 1 } }
p inner
d = Hash.new { |hash, k| hash[k] = k.to_s * 2 }
d[:x]
try { d.each { d[:y] } }
p d

# What else may not happen during an iteration
def try
  yield
rescue => e
  puts "#{e.class}: #{e.message}"
end
h = {a: 1, b: 2}
try { h.each { h.rehash } }
try { h.each { h.replace({z: 1}) } }
try { h.each { h.send(:initialize_copy, {z: 1}) } }
p h
small = {a: 1, b: 2}
try { small.each { small.compare_by_identity } }
p small.compare_by_identity?, small
big = (1..20).to_h { [_1, _1] }
try { big.each { big.compare_by_identity } }
p big.compare_by_identity?, big.size
h = {a: 1, b: 2, c: 3}
try { h.each { h.clear }; p h }
h = {a: 1, b: 2, c: 3}
try { h.each { h.default = 0; h.default_proc = nil } ; p h.default }
h = {a: nil, b: 2, c: nil}
try { h.each { h.compact! }; p h }
h.rehash
p h

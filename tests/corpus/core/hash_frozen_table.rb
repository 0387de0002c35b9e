# A frozen hash refuses every change to its table
h = {a: 1}.freeze
[-> { h[:b] = 1 }, -> { h.delete(:a) }, -> { h.shift }, -> { h.clear }, -> { h.rehash },
 -> { h.compare_by_identity }, -> { h.select! { true } }, -> { h.compact! }, -> { h.replace({}) },
 -> { h.store(:a, 2) }, -> { h.default = 1 }, -> { h.merge!({}) }].each do |f|
  f.call
  puts "no error"
rescue FrozenError => e
  puts e.message
end
p h, h.frozen?, h.dup.frozen?, h.merge(b: 2)
e = {}.freeze
p e.shift, e.to_a

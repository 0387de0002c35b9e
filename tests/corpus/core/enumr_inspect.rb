p [1, 2].each
p [1, 2].map
p (1..3).each_slice(2)
p [1, 2].each.with_index(1)
p "ab".each_char
p 3.times
p loop
p({a: 1}.each)
p (1..3).lazy.map { _1 }

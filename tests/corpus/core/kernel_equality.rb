a = "abc"
b = "abc"
p a == b, a.equal?(b), a.eql?(b), a.hash == b.hash
p 1 == 1.0, 1.eql?(1.0), 1.equal?(1), 1.hash == 1.0.hash
p :s.equal?(:s), nil.equal?(nil)
p [1, 2] == [1, 2], [1, 2].eql?([1, 2]), [1].hash == [1].hash
p [1] == [1.0], [1].eql?([1.0])
p({a: 1} == {a: 1}, {a: 1}.eql?({a: 1.0}))
o = Object.new
p o == o, o == Object.new, o.eql?(o)
p 1 != 2, "a" != "a"
p 2**70 == 2**70, (2**70).eql?(2**70), (2**70).equal?(2**70)

# Keys are eql?, not ==: 1, 1.0, 1r and true are four keys; 0.0 and -0.0 are one
h = {1 => :int, 1.0 => :float, 1r => :rational, true => :true, nil => :nil}
p h.size, h[1], h[1.0], h[1r], h[true], h[nil]
p h.key?(2 - 1), h.key?(0.5 * 2), h.key?(false)
z = {0.0 => :zero}
p z[-0.0], z.size
z[-0.0] = :neg
p z
big = {}
(1..40).each { |i| big[i] = :i; big[i.to_f] = :f }
p big.size, big[7], big[7.0], big[2**70].inspect
big[2**70] = :big
big[2**70 + 1] = :big1
p big[2**70], big[2**70 + 1], big.size
nan = Float::NAN
n = {nan => 1}
p n[nan], n[Float::NAN], n.size
c = {Complex(1, 2) => :c}
p c[Complex(1, 2)], c[Complex(1.0, 2)]

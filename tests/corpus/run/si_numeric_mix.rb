# the fast paths keep Ruby's numeric semantics: Float, big Integers, division, comparison
r = []
x = 1
f = 1.5
10.times do |i|
  x = x * 7 + i
  f = f * 1.5 - i
  r << (x / 3) << (x % 5) << (-x / 4) << (-x % 4) << (f < x) << (x == x.to_f)
end
p r.last(12)
p x, f
big = 2**70
p (1..5).map { |k| big * k + k }
p (1..5).map { |k| (big / k) % 1000 }
p (1..5).map { |k| k.to_f / 2 }
p (1..5).map { |k| 1.0 / (k - 3) rescue :err }
p (1..5).map { |k| 2 ** k - 3 & 6 | 1 }
p (1..5).map { |k| k <= 3 ? k.fdiv(2) : k >= 4 }
p (1..4).map { |k| [k == 2, k != 2, 2.0 == k, nil == k] }
p (1..4).map { |k| "s" * k }, (1..3).map { |k| [k] + [k * 2] }

# locals reached through the EP chain at several levels, inside compiled blocks
a = 0
b = []
3.times do |i|
  4.times do |j|
    5.times do |k|
      a += i * j * k
      b << [i, j, k] if k == 4 && j == 3
    end
  end
end
p a, b
x = 10
l1 = -> { y = 1; -> { z = 2; -> { x + y + z } } }
p l1.().().()
fns = []
3.times { |i| fns << -> { i * 100 + x } }
x = 20
p fns.map(&:call)
def with_block
  v = 5
  yield(v) + v
end
p (1..6).map { |q| with_block { |v| v * q } }
m, n = 1, 2
10.times { m, n = n, m + n }
p [m, n]

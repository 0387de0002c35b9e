def make_gen(seq)
  idx = -1
  -> { idx += 1; seq[idx % seq.size] }
end
g = make_gen(%w[a b c])
p 5.times.map { g.call }
fibgen = Enumerator.new do |y|
  a, b = 0, 1
  loop { y << a; a, b = b, a + b }
end
p fibgen.take(10)
p fibgen.lazy.select(&:even?).first(5)

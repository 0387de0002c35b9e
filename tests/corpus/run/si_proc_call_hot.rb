# Proc#call and yield from hot paths: lambda arity, proc auto-splat, closures
sum = 0
add = ->(i) { sum += i }
i = 0
while i < 20
  add.(i)
  i += 1
end
p sum
pr = proc { |a, b| [a, b] }
p (1..5).map { |k| pr.call([k, k * 2]) }
p (1..5).map { |k| pr.(k) }
begin
  add.(1, 2)
rescue ArgumentError => e
  p e.message
end
def each_twice
  yield 1
  yield 2, 3
  yield [4, 5]
end
r = []
6.times { each_twice { |a, b| r << [a, b] } }
p r.uniq
counter = Enumerator.new { |y| 10.times { |k| y << k * k } }
p counter.take(10)
make = ->(n) { ->(x) { x + n } }
adders = (1..5).map { |n| make.(n) }
p adders.map { |f| f.(10) }
def blk_given = block_given?
p (1..3).map { blk_given }, blk_given { }

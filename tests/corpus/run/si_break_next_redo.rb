# break / next / redo in hot while loops and blocks
r = []
i = 0
while true
  i += 1
  next if i.odd?
  break if i > 20
  r << i
end
p r
s = (1..30).each_with_object([]) { |x, acc| next if x % 4 == 0; break acc if x > 25; acc << x }
p s
redone = 0
a = []
[1, 2, 3, 4, 5].each do |x|
  if x == 3 && redone < 2
    redone += 1
    redo
  end
  a << x
end
p a, redone
v = [1, 2, 3].each { |x| break x * 10 if x == 2 }
p v
def find_first(arr)
  arr.each { |x| return x if x > 3 }
  nil
end
p (1..8).map { |n| find_first((0..n).to_a) }

a = [1, 2, 3, 4, 5]
a[0] = :a
a[-1] = :e
a[7] = :h
p a
a[1, 2] = [:x]
p a
a[1..2] = []
p a
a[0, 0] = [9, 9]
p a
a[10..] = 1
p a
b = [1, 2, 3]
b[1...2] = [:p, :q, :r]
p b
begin
  b[-10] = 1
rescue IndexError => e
  p e.message
end

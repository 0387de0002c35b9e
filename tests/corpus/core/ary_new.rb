p Array.new, Array.new(3), Array.new(2, 0), Array.new(3) { |i| i * i }, Array.new([1, 2]), Array[1, 2], [*1..3]
a = Array.new(2, [])
a[0] << 1
p a
b = Array.new(2) { [] }
b[0] << 1
p b
p %w[a b], %i[c d], Array(nil), [nil] * 2, [[0] * 2] * 2
begin
  Array.new(-1)
rescue ArgumentError => e
  p e.message
end

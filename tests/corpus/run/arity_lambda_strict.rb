l = ->(a, b) { [a, b] }
p l.call(1, 2)
begin
  l.call(1)
rescue ArgumentError => e
  puts e.message
end
begin
  l.call([1, 2])
rescue ArgumentError => e
  puts e.message
end
pr = proc { |a, b| [a, b] }
p pr.call(1)
p pr.call(1, 2, 3)
p pr.call([4, 5])

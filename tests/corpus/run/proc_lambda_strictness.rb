l = ->(a, b = 2) { [a, b] }
p l.call(1)
p l.call(1, 3)
[-> { l.call }, -> { l.call(1, 2, 3) }].each do |t|
  t.call
rescue ArgumentError => e
  puts e.message
end
pr = proc { |a, b = 2| [a, b] }
p pr.call
p pr.call(1, 2, 3)

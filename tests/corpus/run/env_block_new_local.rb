[1, 2].each do |i|
  fresh = i
end
p defined?(fresh)
v = nil
[3, 4].each { |i| v = i }
p v
1.times do
  w = 1
  1.times { w += 1 }
  p w
end

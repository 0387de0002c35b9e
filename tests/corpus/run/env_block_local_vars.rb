x = 10
y = 20
[1, 2].each do |i; x|
  x = i * 100
  y += i
end
p x
p y
z = 5
1.times { |z| z = 99 }
p z

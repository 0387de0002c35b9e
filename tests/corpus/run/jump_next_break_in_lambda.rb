l = lambda do |x|
  next :skipped if x < 0
  x * 2
end
p l.call(-1)
p l.call(3)
b = lambda { |x| break :broke if x; :done }
p b.call(true)
p b.call(false)
m = proc { |x| next x * 3 }
p m.call(2)

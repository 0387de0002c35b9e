i = 0
out = []
while i < 10
  i += 1
  next if i.even?
  break if i > 7
  out << i
end
p out
r = while true
  break :value_from_break
end
p r
p(while false; end)

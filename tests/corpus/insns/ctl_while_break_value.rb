i = 0
r = while i < 10
  i += 1
  break i * 2 if i == 3
end
p r

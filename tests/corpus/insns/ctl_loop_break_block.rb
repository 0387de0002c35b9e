n = 0
loop do
  n += 1
  break if n == 3
end
p n

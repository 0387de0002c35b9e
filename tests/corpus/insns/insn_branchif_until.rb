n = 0
until n >= 4
  n += 2
end
p n

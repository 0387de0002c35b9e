n = 10
until n < 3
  n -= 3
end
p n

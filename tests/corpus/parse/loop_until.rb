n = 10
until n == 0
  n -= 1
end

def ack(m, n)
  if m == 0
    n + 1
  elsif n == 0
    ack(m - 1, 1)
  else
    ack(m - 1, ack(m, n - 1))
  end
end

p ack(1, 2)
p ack(2, 3)
p ack(3, 3)

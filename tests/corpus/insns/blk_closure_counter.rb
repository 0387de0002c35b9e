def counter
  n = 0
  -> { n += 1 }
end
c = counter
c.()
p c.()

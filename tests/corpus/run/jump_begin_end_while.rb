i = 10
begin
  i += 1
end while i < 5
p i
j = 0
j += 1 while j < 7
p j
k = 3
k -= 1 until k.zero?
p k

i = 0
begin
  i += 1
end while i < 0
p i

i += 1 while i < 10
begin
  i -= 1
end while i > 0

i = 5
begin
  i -= 1
end until i < 10
p i

v = begin
  1
  2
end
p v

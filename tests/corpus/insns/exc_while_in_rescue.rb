i = 0
begin
  while i < 3
    i += 1
    raise "x" if i == 2
  end
rescue
  p i
end

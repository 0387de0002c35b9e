e = [1, 2].each
p e.next
p e.next
begin
  e.next
rescue StopIteration => ex
  puts ex.message
  p ex.result
end

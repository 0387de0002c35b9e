e = [1, 2, 3].each
p e.next, e.peek, e.next, e.next
begin
  e.next
rescue StopIteration => ex
  p ex.class, ex.message
  p ex.result
end
e.rewind
p e.next
p e.peek, e.peek

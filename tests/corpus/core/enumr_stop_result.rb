o = Object.new
def o.each
  yield 1
  yield 2
  :each_result
end
e = o.to_enum
p e.next, e.next
begin
  e.next
rescue StopIteration => ex
  p ex.result
end
begin
  e.peek
rescue StopIteration => ex
  p ex.message
end

o = Object.new
def o.each
  yield
  yield 1
  yield 1, 2
  yield nil
  yield [1, 2]
end
e = o.to_enum
5.times { p e.next_values }
e.rewind
5.times { p e.next }
e.rewind
p e.peek_values

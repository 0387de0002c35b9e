# An external iteration (Enumerator#next) holds the hash in iteration until it ends
h = {a: 1, b: 2}
e = h.each
p e.next
begin
  h[:c] = 3
  p h
rescue => ex
  p ex
end
p e.next
begin
  e.next
rescue StopIteration
  p :stop
end
h[:d] = 4
p h

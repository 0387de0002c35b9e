a = [1, 2, 3].each
b = %w[x y].each
out = []
loop do
  out << [a.next, b.next]
end
p out
e = {k: 1, j: 2}.each
p e.next, e.next
e = "hi".each_char
p e.next, e.next
p (begin; e.next; rescue StopIteration; :stopped; end)

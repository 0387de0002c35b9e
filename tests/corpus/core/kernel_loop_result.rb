e = [10, 20].each
res = loop { e.next }
p res
e2 = Enumerator.new { |y| y << 1; y << 2; :done }
res = loop { p e2.next }
p res
n = 0
loop do
  n += 1
  next if n.odd?
  puts n
  break if n >= 6
end

# external iteration runs the each only as far as #next asks (CRuby uses a Fiber)
gen = Enumerator.new do |y|
  puts "start"
  y << 1
  puts "after 1"
  y.yield 2, 3
  raise "boom"
end
p gen.next
p gen.peek, gen.next_values
begin
  gen.next
rescue => e
  p e.message
end
gen.rewind
p gen.next
nat = Enumerator.new { |y| n = 0; loop { y << n; n += 1 } }
p nat.next, nat.next, nat.take(3), nat.next
e = [1, 2].each
p e.next, e.next, (e.next rescue $!.class), e.size

sq = ->(x) { x * x }
p sq.call(3)
p sq.(4)
p sq[5]
p sq.yield(6)
p sq === 7
case 3
when ->(n) { n.odd? } then p :odd
end
add = proc { |a, b| a + b }
p add.(1, 2)

add = proc { |a, b| (a || 0) + (b || 0) }
p add.call(1, 2), add.(3, 4), add[5, 6], add.yield(7, 8), add === 1 rescue p $!
sq = lambda { |x| x * x }
p sq.call(3), sq.(4), sq[5], sq.lambda?, add.lambda?, ->(){}.lambda?, proc {}.lambda?
def takes_block(&b) = b
p takes_block { 1 }.lambda?, takes_block(&sq).lambda?
p add.call(1), add.call(1, 2, 3), add.call([10, 20])
begin
  sq.call(1, 2)
rescue ArgumentError => e
  p e.message
end

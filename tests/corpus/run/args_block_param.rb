def run(&blk) = blk
def call_it(x, &blk) = blk ? blk.call(x) : :no_block

p run.nil?
b = run { |x| x * 2 }
p b.class
p b.lambda?
p call_it(5) { |x| x + 1 }
p call_it(5)
p call_it(3, &->(x) { x * 100 })
p block_given?

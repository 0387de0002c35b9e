def run(&blk) = blk
p run { |a, b| }.lambda?
p lambda { }.class
l = lambda { |n| n * 2 }
p l.call(3)
pr = Proc.new { |n, m| [n, m] }
p pr.call(1, 2, 3)
p pr.call([4, 5])
def gen
  str = "local"
  lambda { str }
end
p gen.call

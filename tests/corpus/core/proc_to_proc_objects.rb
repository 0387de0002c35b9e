h = {a: 1, b: 2}
p %i[a b c].map(&h), h.to_proc.call(:b)
m = {1 => "one"}.method(:fetch)
p [1].map(&m)
o = Object.new
def o.to_proc = proc { |x| x * 3 }
p [1, 2].map(&o)
p proc { |x| x }.to_proc.class, proc(&:to_s).call(1) rescue p $!

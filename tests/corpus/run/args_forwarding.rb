def target(*args, **kw, &blk)
  "args=#{args} kw=#{kw} blk=#{blk ? blk.call : nil}"
end

def forward(...) = target(...)

puts forward(1, 2)
puts forward(a: 1)
puts forward(1, b: 2) { :blocked }
puts forward
def fwd_lead(x, ...) = target(x * 10, ...)
puts fwd_lead(1, 2, k: 3)

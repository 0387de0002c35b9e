module Reg; end
def Reg.lookup(k) = k.to_s
p Reg.lookup(:a)

module Kc
  N = [1]
end
Kc::N << 2
p Kc::N

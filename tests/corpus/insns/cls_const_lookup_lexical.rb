X1 = :top
module Lx
  X1 = :mod
  class In
    def get = X1
  end
end
p Lx::In.new.get

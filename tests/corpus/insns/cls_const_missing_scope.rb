module Dd
  class Ee
    def f = [Dd, ::Dd, Dd::Ee]
  end
end
p Dd::Ee.new.f.size

module A
  module B
    NEST1 = Module.nesting
  end
  class C
    NEST2 = Module.nesting
  end
end
module A::B
  NEST3 = Module.nesting
end
p A::B::NEST1
p A::C::NEST2
p A::B::NEST3
p Module.nesting

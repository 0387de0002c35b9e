def f
  class A::B < C
  end
  module M; end
end

module Outer
  class Inner
    LIMIT = 10
  end
end
Outer::Inner::LIMIT

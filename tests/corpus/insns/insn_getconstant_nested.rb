module Outer
  module Inner
    VAL = 42
  end
end
p Outer::Inner::VAL

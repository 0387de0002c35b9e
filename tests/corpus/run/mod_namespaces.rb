module Outer
  VALUE = 1
  module Inner
    class Thing
      def self.path = name
    end
  end
  class Outer::Inner::Other; end
end
p Outer::Inner::Thing.path
p Outer::Inner::Other.name
p Outer.constants.sort
p Outer::Inner.constants.sort
p Outer.const_get("Inner::Thing")

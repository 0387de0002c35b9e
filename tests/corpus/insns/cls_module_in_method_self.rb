class Outer1
  class Inner1
    def self.where = Module.nesting
  end
end
p Outer1::Inner1.where

# The core methods that yield, written in Ruby (as Rubinius and CRuby's <internal:...> do),
# so a stepper can walk into them. Compiled once to prelude.json (see gen.py).
# Integer#times/upto/downto and Numeric#step: see numeric.rb

module Kernel
  # loop, tap, then, yield_self: see kernel.rb

  def to_enum(meth = :each, *args)
    Enumerator.new(self, meth, args)
  end

  def enum_for(meth = :each, *args)
    Enumerator.new(self, meth, args)
  end
end


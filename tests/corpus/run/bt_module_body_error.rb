module Outer
  module Inner
    puts "in Inner"
    Integer("not a number")
  end
end

define_method(:dyn) { |x| x * 2 }

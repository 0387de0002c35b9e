doubler = proc { |x| x * 2 }
p [1, 2].map(&doubler)

thrower = -> { throw :lam, :from_lambda }
p catch(:lam) { thrower.call; :no }
pr = proc { |x| throw :pr, x }
p catch(:pr) { [5, 6].each(&pr) }
p catch(:x) { catch(:y) { throw :x, 1 }; 2 }

p 5.then { _1 + 1 }.tap { |x| puts x }

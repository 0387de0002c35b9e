def pass_on(&b) = [3, 4].each(&b)
pass_on { |x| p x }

x = def named; end
p x

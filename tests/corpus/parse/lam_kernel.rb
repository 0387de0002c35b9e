sq = lambda { |x| x * x }
pr = proc { |a, b| a }
pr2 = Proc.new do |a| a end

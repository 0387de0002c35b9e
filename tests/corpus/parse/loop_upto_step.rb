1.upto(3) { |i| p i }
1.step(10, 3) do |i| p i end

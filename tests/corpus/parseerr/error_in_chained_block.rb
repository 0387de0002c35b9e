a = [1, 2].map do |x| x * 2 end.select { |y| y > }
b = 3

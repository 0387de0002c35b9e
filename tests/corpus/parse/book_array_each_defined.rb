array = [1, 2, 3]
array.each do |n| puts n end

array.each do |n| puts n end

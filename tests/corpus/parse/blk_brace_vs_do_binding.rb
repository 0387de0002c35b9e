puts [1, 2].map { |x| x * 2 }
puts [1, 2].map do |x| x * 2 end

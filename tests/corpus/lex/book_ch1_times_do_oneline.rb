10.times do |n| puts n end

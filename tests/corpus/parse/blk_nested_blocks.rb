a.each do |x|
  x.each { |y| p y }
end

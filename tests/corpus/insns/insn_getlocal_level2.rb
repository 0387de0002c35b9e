a = 1
[1].each do |x|
  [2].each do |y|
    [3].each { |z| p a + x + y + z }
  end
end

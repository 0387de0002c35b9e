v = nil
raise "x" unless v = [1].find do |s|
  s > 0
end
p v

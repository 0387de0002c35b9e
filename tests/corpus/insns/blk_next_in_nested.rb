r = [1, 2].map do |a|
  [3, 4].map { |b| next 0 if b == 3; a * b }
end
p r

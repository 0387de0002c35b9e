r = [1, 0].map do |d|
  10 / d
rescue ZeroDivisionError
  :inf
end
p r

r = [1, 0, 2].map do |x|
  10 / x
rescue ZeroDivisionError
  :inf
end
p r
r2 = [1, 2].each_with_object([]) do |x, acc|
  raise "odd" if x.odd?
  acc << x
rescue => e
  acc << e.message
end
p r2

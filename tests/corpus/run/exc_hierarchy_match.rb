def classify
  yield
rescue ZeroDivisionError, TypeError => e
  "arith/type: #{e.class}"
rescue StandardError => e
  "standard: #{e.class}"
rescue Exception => e
  "exception: #{e.class}"
end
puts classify { 1 / 0 }
puts classify { 1 + "a" }
puts classify { [].fetch(5) }
puts classify { raise NotImplementedError }
puts classify { raise "plain" }
puts classify { Integer("zz") }

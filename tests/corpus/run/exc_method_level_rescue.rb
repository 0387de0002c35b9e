def parse(s)
  Integer(s)
rescue ArgumentError
  :invalid
else
  :valid
ensure
  puts "parsed #{s.inspect}"
end
p parse("12")
p parse("x")
l = lambda do
  raise "in lambda"
rescue => e
  "lambda rescued #{e.message}"
end
p l.call

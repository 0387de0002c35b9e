def square(n) = n * n
def cube(n) = square(n) * n
TracePoint.new(:return) do |tp|
  puts "#{tp.method_id} returned #{tp.return_value}"
end.enable { cube(3) }

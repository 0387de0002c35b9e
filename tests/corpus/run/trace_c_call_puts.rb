calls = []
TracePoint.new(:c_call) do |tp|
  calls << tp.method_id
end.enable do
  puts "hello"
end
p calls.include?(:puts)
p calls.first
p calls.include?(:write)

begin
  Proc.new
rescue ArgumentError => e
  puts e.message
end
begin
  lambda
rescue ArgumentError => e
  puts e.message
end
p proc { 1 }.call

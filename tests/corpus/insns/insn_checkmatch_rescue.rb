begin
  raise ArgumentError
rescue TypeError, ArgumentError => e
  p e.class
end

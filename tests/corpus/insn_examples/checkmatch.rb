begin
  Integer("x")
rescue ArgumentError
  0
end

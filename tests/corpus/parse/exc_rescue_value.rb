x = begin
  Integer(s)
rescue ArgumentError
  -1
end

begin
  raise "oops"
rescue => e
  p e.message
end

begin
  raise "g"
rescue
  p $!.message
end

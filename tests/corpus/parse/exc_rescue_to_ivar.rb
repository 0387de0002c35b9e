begin
  go
rescue => @error
  p @error
end

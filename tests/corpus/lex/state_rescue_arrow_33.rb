begin
  foo
rescue => e
  p e
rescue IOError => @err
rescue StandardError => $gerr
end

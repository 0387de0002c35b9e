begin
  raise "boom"
rescue => e
  p eval("[e.message, $!.message]")
end

$DEBUG = false
p format("%s", "fine", "extra")
$VERBOSE = true
begin
  format("%s", "fine", "extra")
rescue ArgumentError => e
  p e.message
end
$VERBOSE = false

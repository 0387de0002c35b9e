attempts = 0
begin
  attempts += 1
  raise "fail" if attempts < 2
  p attempts
rescue
  retry
end

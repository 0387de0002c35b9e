attempts = 0
begin
  attempts += 1
  connect
rescue IOError
  retry if attempts < 3
end

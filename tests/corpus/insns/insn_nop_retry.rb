tries = 0
begin
  tries += 1
  raise "boom" if tries < 3
rescue
  retry
end
p tries

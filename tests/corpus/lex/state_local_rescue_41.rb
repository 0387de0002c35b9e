begin
rescue => e
  e -1
  e [0]
  e /1
end

begin
  v = 1
rescue
  p :err
else
  p v
end

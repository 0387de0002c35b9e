x = 3
if x > 2
  p :big
end

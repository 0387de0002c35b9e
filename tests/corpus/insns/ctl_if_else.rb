x = 5
if x > 3
  p :gt
else
  p :le
end

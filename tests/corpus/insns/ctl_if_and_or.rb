a, b = 1, nil
if a && !b || false
  p :yes
end

def m
  x
rescue A => e
  e
else
  y
ensure
  z
end

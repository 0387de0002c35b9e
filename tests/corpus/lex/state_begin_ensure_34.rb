begin
  x = 1
ensure
  y = 2
end
def m
  z
ensure
  w
end

x = nil
while x
  x = nil
end
p :out

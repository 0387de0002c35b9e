result = if n.even?
  "even"
else
  "odd"
end

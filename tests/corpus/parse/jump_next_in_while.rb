while x
  next
end

while a
  while b
    break
  end
  next
end

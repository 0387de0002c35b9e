if true
  p 1
end

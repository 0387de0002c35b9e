def m
  LIMIT = 1
end

x = if
  true then 1 end
y = (not
  nil)

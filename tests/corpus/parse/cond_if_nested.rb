if a
  if b
    1
  else
    2
  end
else
  unless c
    3
  end
end

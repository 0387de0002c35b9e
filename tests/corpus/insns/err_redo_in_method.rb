def m
  redo
end

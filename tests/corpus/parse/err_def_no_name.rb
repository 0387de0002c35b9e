def
  1
end

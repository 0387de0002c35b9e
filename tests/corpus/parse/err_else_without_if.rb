else
  1
end

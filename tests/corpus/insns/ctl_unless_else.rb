y = nil
unless y
  p :nil
else
  p :set
end

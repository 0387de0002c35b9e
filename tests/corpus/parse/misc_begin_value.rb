v = begin; end
w = begin
  1
  2
end

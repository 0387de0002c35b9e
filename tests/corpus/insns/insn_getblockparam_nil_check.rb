def maybe(&b)
  return :none if b.nil?
  b
end
p maybe

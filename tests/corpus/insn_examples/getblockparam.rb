def capture(&block)
  block
end

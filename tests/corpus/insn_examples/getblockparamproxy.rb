def twice(&block)
  block.call
  block.call
end

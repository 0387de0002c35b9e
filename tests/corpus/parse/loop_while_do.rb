while queue.any? do
  process(queue.shift)
end

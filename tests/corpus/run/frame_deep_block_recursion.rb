def countdown(n, &blk)
  if n > 0
    countdown(n - 1) { |v| blk.call(v + 1) }
  else
    blk.call(0)
  end
end

result = nil
countdown(500) { |v| result = v }
p result

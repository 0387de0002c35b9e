counts = Hash.new(0)
for w in words
  counts[w.downcase] += 1
  @seen ||= {}
  @seen[w] ||= true
end

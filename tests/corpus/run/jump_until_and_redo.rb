n = 0
until n >= 3
  n += 1
end
p n
tries = 0
res = [1, 2, 3].map do |x|
  tries += 1
  redo if tries == 2
  x * 10
end
p res
p tries

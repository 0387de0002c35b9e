res = [1, 2].map do |x|
  i = 0
  while true
    i += 1
    break if i >= x * 2
  end
  i
end
p res
out = []
3.times do |k|
  j = 0
  until j == 5
    j += 1
    next if j.odd?
    out << [k, j]
  end
end
p out.size

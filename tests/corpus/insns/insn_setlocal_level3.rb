acc = []
[1].each do |a|
  [2].each do |b|
    [3].each do |c|
      acc = [a, b, c]
    end
  end
end
p acc

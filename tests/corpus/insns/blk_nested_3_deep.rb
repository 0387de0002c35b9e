a = 1
[10].each do |b|
  [100].each do |c|
    [1000].each do |d|
      p a + b + c + d
    end
  end
end

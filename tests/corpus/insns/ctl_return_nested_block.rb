def scan
  [1, 2].each do |a|
    [3].each { |b| return a * b if a == 2 }
  end
end
p scan

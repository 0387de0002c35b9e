a = 1
[10].each do |b|
  [100].each do |c|
    [1000].each do |d|
      a += b + c + d
      puts "a=#{a} b=#{b} c=#{c} d=#{d}"
    end
  end
end
p a

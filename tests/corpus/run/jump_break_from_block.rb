def find_first(list)
  list.each do |x|
    return x if yield(x)
  end
  nil
end
p find_first([1, 4, 9]) { |x| x > 3 }
r = [1, 2, 3, 4].each do |x|
  break x * 100 if x == 3
end
p r
r2 = [1, 2].each { |x| }
p r2
p (1..Float::INFINITY).each { |i| break i if i * i > 50 }

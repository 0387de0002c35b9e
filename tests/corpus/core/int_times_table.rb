(1..5).each do |i|
  puts (1..5).map { |j| (i * j).to_s.rjust(3) }.join
end
p (1..9).map { |i| i * 9 }.map(&:digits).map(&:sum)

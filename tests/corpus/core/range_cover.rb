r = 1..10
p r.cover?(5), r.cover?(10), (1...10).cover?(10), r.cover?(1..10), r.cover?(1...11), (1...10).cover?(1..9), r.cover?(0..5)
p r.include?(5.5), r.member?(5.5), r === 5.5, (1..10).to_a.include?(5.5), (1.0..2.0).include?(1.5)
p ("a".."z").cover?("bb"), ("a".."z").include?("bb"), (Time.at(0)..Time.at(10)).cover?(Time.at(5))
case 75
when 0...50 then puts "low"
when 50...80 then puts "mid"
else puts "high"
end
p [1, 5, 12].map { |x| (1..10) === x }, (1..) === 5, (..0) === 5

def fact(n) = (1..n).inject(1, :*)
[0, 1, 5, 10, 20, 21, 25, 30].each { |n| puts "#{n}! = #{fact(n)}" }
p fact(50).to_s.length
p fact(100).to_s[0, 20]
p fact(100).digits.take(30).all?(&:zero?)
p fact(100) / fact(98)

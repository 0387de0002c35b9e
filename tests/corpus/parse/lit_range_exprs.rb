r = (a + 1)..(b * 2)
s = x..y
(1..).each { |i| break if i > 3 }

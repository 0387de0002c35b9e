def level1(x) = level2(x) + 1
def level2(x) = level3(x) * 2
def level3(x)
  puts "dividing by #{x}"
  100 / x
end

p level1(5)
p level1(0)

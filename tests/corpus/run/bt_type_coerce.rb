def add_all(list)
  list.reduce(0) { |sum, x| sum + x }
end

p add_all([1, 2, 3])
p add_all([1, "2", 3])

def sum(list)
  total = 0
  list.each { |x| total += x }
  total
end

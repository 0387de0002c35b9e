def find(list)
  list.each { |x| return x if x.ok? }
  nil
end

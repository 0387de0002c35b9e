def find_even(xs)
  xs.each { |x| return x if x.even? }
  nil
end
p find_even([1, 4, 5])

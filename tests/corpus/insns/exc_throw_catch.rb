r = catch(:found) do
  [1, 2].each { |x| throw :found, x if x == 2 }
  nil
end
p r

def first_big(list)
  list.each do |x|
    return x if x > 10
  end
  :none
end
p first_big([5, 20])

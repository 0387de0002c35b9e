LIST = [1, 2, 3]
case v
when *LIST
  :in_list
when 4, *[5, 6]
  :more
end

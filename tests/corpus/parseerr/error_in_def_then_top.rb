def area(w, h)
  w * * h
end

puts area(2, 3))

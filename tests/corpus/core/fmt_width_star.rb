[1, 5, 10].each do |w|
  puts format("[%*s]", w, "ab")
  puts format("[%-*s]", w, "ab")
  puts format("[%.*f]", w, 1.0 / 7)
end
puts format("[%*.*f]", 10, 2, 3.14159)
puts format("[%-*.*s]", 6, 2, "abcdef")

for i in 1..3
  puts i
end
for a, b in [[1, 2]] do p a end

if a \
   && b
  c
end
puts "x" \
  "y"

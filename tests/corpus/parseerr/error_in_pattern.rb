case [1, 2]
in [a, b c]
  puts a
in {x:}
  puts x
end

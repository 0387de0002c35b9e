if a
  1
elsif b
  2
end

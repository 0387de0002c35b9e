if a
  1
elsif b
  2
elsif c then 3
else
  4
end

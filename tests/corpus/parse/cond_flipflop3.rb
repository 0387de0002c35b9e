(1..20).each do |a|
  puts a if (a % 3 == 0)...(a % 4 == 0)
end

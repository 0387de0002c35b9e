(1..20).each do |a|
  puts a if (a == 5)..(a == 10)
end

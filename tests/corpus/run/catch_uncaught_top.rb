def go
  throw :missing_tag
end

puts "before"
go
puts "not reached"

def go
  throw :missing_tag, 1
end
puts "go"
go

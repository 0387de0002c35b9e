def silent_failure
  raise ""
end

puts "before"
silent_failure

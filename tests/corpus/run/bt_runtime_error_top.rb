puts "start"
values = [1, 2, 3]
total = values.sum
puts "total #{total}"
raise "something went wrong at top level"
puts "unreachable"

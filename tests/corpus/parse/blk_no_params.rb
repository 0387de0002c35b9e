3.times { puts "hi" }
3.times do puts "hi" end

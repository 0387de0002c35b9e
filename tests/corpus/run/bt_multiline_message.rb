def fail_verbosely
  raise "first line of error\nsecond line\nthird line"
end

puts "about to fail"
fail_verbosely

def work
  yield
ensure
  puts "cleaning up"
  raise "error during cleanup"
end

work { puts "working" }

def cleanup_demo
  puts "open"
  yield
ensure
  puts "close"
end
begin
  cleanup_demo { raise "inside" }
rescue => e
  puts "caught #{e.message}"
end
cleanup_demo { puts "work" }

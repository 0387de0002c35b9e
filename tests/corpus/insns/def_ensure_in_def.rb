def with_log
  yield
ensure
  puts "done"
end
with_log { p 1 }

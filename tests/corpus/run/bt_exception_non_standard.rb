class Fatal < Exception; end

begin
  raise Fatal, "not a StandardError"
rescue => e
  puts "not reached: #{e}"
end

begin
  attempt
rescue
  retry
end
[1].each { |i| redo if i > 5 }

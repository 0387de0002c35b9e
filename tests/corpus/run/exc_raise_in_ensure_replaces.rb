begin
  begin
    raise "original"
  ensure
    puts "ensure raising"
    raise "replacement" if true
  end
rescue => e
  p e.message
end

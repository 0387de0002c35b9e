def risky
  raise IOError, "disk"
end
def wrapper
  risky
rescue IOError => e
  puts "logging #{e.message}"
  raise
end
begin
  wrapper
rescue => e
  p [e.class, e.message]
end
begin
  begin
    raise "first"
  rescue => e
    raise e, "second"
  end
rescue => e2
  p e2.message
end

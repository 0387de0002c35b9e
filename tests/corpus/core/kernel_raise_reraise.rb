def f
  yield
rescue ZeroDivisionError => e
  puts "caught #{e.message}"
  raise
end
begin
  f { 1 / 0 }
rescue => e
  p e.class
end
begin
  begin
    raise "first"
  rescue => e
    raise RuntimeError, "second"
  end
rescue => e
  p e.message, e.cause.message
end
e = RuntimeError.new("msg")
p e.message, e.backtrace
p e.inspect
p StandardError.new.message
p StandardError.new(nil).message rescue p $!

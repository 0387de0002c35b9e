begin
  begin
    raise KeyError, "inner"
  rescue => e
    raise ArgumentError, "outer"
  end
rescue => e
  p e.message
  p e.cause.class
  p e.cause.message
  p e.cause.cause
end
begin
  raise "no cause", cause: nil
rescue => e
  p e.cause
end

begin
  begin
    raise "inner"
  rescue => e
    raise
  end
rescue => e
  p e.message
end

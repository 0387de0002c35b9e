p $!
begin
  raise "visible"
rescue
  p $!.message
  p $!.class
end
p $!
begin
  begin
    raise "outer"
  rescue
    begin
      raise "inner"
    rescue
      p $!.message
    end
    p $!.message
  end
end

def nested
  trail = []
  begin
    begin
      trail << 1
      raise "a"
    rescue
      trail << 2
      raise "b"
    ensure
      trail << 3
    end
  rescue => e
    trail << e.message
  ensure
    trail << 4
  end
  trail
end
p nested

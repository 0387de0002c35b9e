begin
  begin
    raise IOError, "in"
  rescue IOError => e
    raise RuntimeError, "out: #{e.message}"
  end
rescue RuntimeError => e2
  p e2.message
end

begin
  begin
    inner
  rescue
    raise
  end
rescue RuntimeError => e
  outer e
end

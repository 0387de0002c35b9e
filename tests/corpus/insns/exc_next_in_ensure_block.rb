r = [1, 2].map do |x|
  begin
    next x * 2
  ensure
    x
  end
end
p r

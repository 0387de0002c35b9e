r = [1, 2].each do |x|
  begin
    break x
  ensure
    p :cleanup
  end
end
p r

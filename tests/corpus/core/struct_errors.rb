S = Struct.new(:a, :b)
begin
  S.new(1, 2, 3)
rescue ArgumentError => e
  p e.message
end
s = S.new(1, 2)
begin
  s[:c]
rescue NameError => e
  p e.message
end
begin
  s[5]
rescue IndexError => e
  p e.message
end
begin
  s[-3] = 1
rescue IndexError => e
  p e.message
end
begin
  Struct.new(:a, :a)
rescue ArgumentError => e
  p e.message
end

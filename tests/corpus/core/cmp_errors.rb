class V
  include Comparable
  def <=>(o) = nil
end
begin
  V.new < V.new
rescue ArgumentError => e
  p e.message.sub(/0x\h+/, "X")
end
begin
  1 < "2"
rescue ArgumentError => e
  p e.message
end
begin
  [3, nil].max
rescue ArgumentError => e
  p e.message
end
p V.new == V.new

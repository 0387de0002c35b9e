Pair = Struct.new(:l, :r) do
  def sum = l + r
end

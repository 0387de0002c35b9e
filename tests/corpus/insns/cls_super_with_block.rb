class P2
  def each_item = yield(:p)
end
class C2 < P2
  def each_item
    super { |v| yield [v, :c] }
  end
end
C2.new.each_item { |v| p v }

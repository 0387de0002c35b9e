class Tree
  def initialize(*v) = @v = v
  def each_leaf
    return to_enum(:each_leaf) { @v.size } unless block_given?
    @v.each { |x| yield x }
  end
end
t = Tree.new(3, 1, 2)
e = t.each_leaf
p e.size, e.to_a, e.sort, e.map { _1 * 2 }
p e.next
p t.enum_for(:each_leaf).include?(2)
p [1, 2, 3].to_enum(:each_slice, 2).to_a
p "abc".enum_for(:each_byte).to_a

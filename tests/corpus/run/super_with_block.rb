class Parent
  def each_item(list)
    list.each { |x| yield x }
    :parent_done
  end
end
class Kid < Parent
  def each_item(list)
    super { |x| yield x * 2 }
  end
end
class Kid2 < Parent
  def each_item(list, &blk) = super
end

p Kid.new.each_item([1, 2]) { |v| puts v }
p Kid2.new.each_item([3]) { |v| puts v }

class NumberList
  include Enumerable
  def initialize(*n) = @n = n
  def each
    @n.each { |x| yield x }
    self
  end
end
l = NumberList.new(3, 1, 4, 1, 5)
p l.sort
p l.map { |x| x * 2 }
p l.select(&:odd?)
p l.include?(4)
p l.min_by { |x| -x }
p l.each_slice(2).to_a
p l.sum
p l.sort_by { |x| x }.uniq

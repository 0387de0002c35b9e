class NumberBag
  include Enumerable
  def initialize(*n) = @n = n
  def each
    return enum_for(:each) unless block_given?
    @n.each { |x| yield x }
    self
  end
end
b = NumberBag.new(4, 1, 3, 2, 5)
p b.sort, b.map { _1 + 1 }, b.select(&:odd?), b.min, b.max, b.sum
p b.sort_by { -_1 }, b.include?(3), b.first, b.first(2), b.to_a
p b.each_slice(2).to_a, b.each_with_index.to_a.last, b.minmax
p b.reduce(:*), b.inject(:+), b.count(&:even?), b.tally.size
p b.partition(&:even?), b.group_by(&:odd?), b.zip(b.to_a.reverse).first(2)
p b.lazy.map { _1 * 2 }.first(2), b.each.next, b.min_by { (_1 - 3).abs }
p b.each_cons(4).count, b.entries.size
p b.find_index(3), b.take_while { _1 > 1 }, b.chunk_while { _2 == _1 - 1 }.to_a

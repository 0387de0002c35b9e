class Multi
  include Enumerable
  def each
    yield 1
    yield 1, 2
    yield
    yield [3, 4]
  end
end
m = Multi.new
m.each_entry { |e| p e }
p m.to_a
p m.map { |x| x }
p m.each_entry.to_a
p m.count

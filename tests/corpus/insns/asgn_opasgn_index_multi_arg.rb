class Grid
  def initialize = @h = Hash.new(0)
  def [](a, b) = @h[[a, b]]
  def []=(a, b, v)
    @h[[a, b]] = v
  end
end
g = Grid.new
g[1, 2] += 5
p g[1, 2]

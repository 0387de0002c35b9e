class Box
  attr_reader :size
  def initialize(size)
    @size = size +
  end
end

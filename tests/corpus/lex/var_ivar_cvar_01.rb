class Counter
  @@count = 0
  def initialize
    @value = 1
    @@count += 1
  end
end

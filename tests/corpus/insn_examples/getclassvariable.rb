class Counter
  @@count = 0
  def self.count = @@count
end

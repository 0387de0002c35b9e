class Counter
  @@count = 0
  def self.inc
    @@count += 1
  end
end

class Counter
  @@n = 0
  def self.bump = @@n += 1
end
Counter.bump
p Counter.bump

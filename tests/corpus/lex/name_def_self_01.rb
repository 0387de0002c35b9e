class C
  def self.build(a, b)
    new(a, b)
  end
  def self.x = 1
end

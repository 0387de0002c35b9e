class << (obj = Object.new)
  def hi = :hi
end

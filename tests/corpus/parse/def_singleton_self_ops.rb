class V
  def self.[](*args) = new(*args)
  def self.call = :called
end

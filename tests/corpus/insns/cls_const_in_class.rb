class Limits
  MAX = 10
  MIN = -MAX
  def self.range = (MIN..MAX)
end
p Limits.range

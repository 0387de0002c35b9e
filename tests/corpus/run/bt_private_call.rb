class Safe
  def inspect = "#<Safe>"

  private

  def combination = 1234
end

s = Safe.new
puts "trying"
s.combination

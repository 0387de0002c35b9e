class Lazy
  def val = @val ||= compute
  def compute = 99
end
p Lazy.new.val

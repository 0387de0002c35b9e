class Pa
  def each = yield(1)
end
class Ch < Pa
  def each = super
end
Ch.new.each { |x| p x }

def +(other)
  self.class.new(value + other.value)
end

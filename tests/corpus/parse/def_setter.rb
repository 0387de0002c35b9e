def name=(value)
  @name = value
end

class B < A
  def initialize(a)
    super
    super()
    super(a, 1)
    super a
  end
end

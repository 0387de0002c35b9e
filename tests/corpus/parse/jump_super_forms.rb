class B < A
  def zs(a)
    super
  end
  def empty_parens(a)
    super()
  end
  def args(a)
    super(a, 1)
  end
end

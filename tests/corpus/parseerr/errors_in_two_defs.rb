class A
  def f
    x = (1 +
  end
  def g
    [1, 2 3]
  end
end

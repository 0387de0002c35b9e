def outer
  def inner
    1
  end
  inner
end

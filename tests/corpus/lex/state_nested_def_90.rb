def outer
  def inner; end
  inner
end

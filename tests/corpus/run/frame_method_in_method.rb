def outer
  def inner
    "inner defined"
  end
  "outer ran"
end

p respond_to?(:inner, true)
p outer
p inner
p(defined?(inner))

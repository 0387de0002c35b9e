class Child < Parent
  def each(*args, **kw)
    super(*args, **kw) do |x|
      yield x * 2 if block_given?
    end
  end
end

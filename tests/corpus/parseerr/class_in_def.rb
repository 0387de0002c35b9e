def f
  class X
    Y = 1
  end
end

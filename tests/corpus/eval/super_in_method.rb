class A; def m(v) = v * 2; end
class B < A
  def m(v)
    eval("super")
  end
end
p B.new.m(5)

class P
  def info(*args) = "P got #{args.inspect}"
end
class C < P
  def info(a, b)
    [super(), super, super(b)]
  end
end

p C.new.info(1, 2)

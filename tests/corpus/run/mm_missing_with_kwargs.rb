class KwGhost
  def method_missing(name, *args, **kw, &blk)
    [name, args, kw, blk&.call]
  end
  def respond_to_missing?(*) = true
end

k = KwGhost.new
p k.a
p k.b(1, 2)
p k.c(x: 1)
p k.d(1, y: 2) { :blk }
p k.respond_to?(:anything)

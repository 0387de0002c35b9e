class P
  def run(a, b) = [a, b]
end
class C < P
  def run(a)
    super
  end
end

begin
  C.new.run(1)
rescue ArgumentError => e
  puts e.message
end
class C2 < P
  def run(a) = super(a, a)
end
p C2.new.run(7)

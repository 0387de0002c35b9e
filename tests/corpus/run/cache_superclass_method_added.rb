class A; end
class B < A; end
class C < B; end
c = C.new
site = -> { c.respond_to?(:info) ? c.info : :none }
p site.call
class A
  def info = :from_a
end
p site.call
class B
  def info = :from_b
end
p site.call
class B
  remove_method :info
end
p site.call

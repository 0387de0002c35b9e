class Scope
  def initialize = @factor = 3
end
pr = proc { |x| x * @factor }
p Scope.new.instance_exec(5, &pr)
l = ->(a, b) { [self.class, a + b] }
p Scope.new.instance_exec(1, 2, &l)

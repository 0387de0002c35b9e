class Obj
  def initialize(flag)
    if flag
      @a = 1
      @b = 2
    else
      @b = 20
      @a = 10
    end
  end
  def sum = @a + @b
  def c = @c
end
objs = [Obj.new(true), Obj.new(false), Obj.new(true)]
p objs.map(&:sum)
p objs.map(&:c)
objs[1].instance_variable_set(:@c, 3)
p objs.map(&:c)
p objs[1].instance_variables

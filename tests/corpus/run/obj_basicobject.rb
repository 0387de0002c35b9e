class Blank < BasicObject
  def hello = "hello from blank"
  def method_missing(n, *a) = "missing #{n}"
end
b = Blank.new
p b.hello
p b.inspect
p b.class
p Blank.superclass
p Blank.ancestors
p Blank.instance_methods.sort.first(3)

class A
  def m = 1
  alias m2 m
end
a = A.new
p a.method(:m) == a.method(:m)
p a.method(:m) == A.new.method(:m)
p a.method(:m).unbind == A.instance_method(:m)
p a.method(:m2).name
p a.method(:m2).original_name
p a.method(:m).source_location[1]
p 1.method(:+).source_location

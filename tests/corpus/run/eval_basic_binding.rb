x = 10
b = binding
p eval("x + 1", b)
p eval("x * 2")
eval("x = 99", b)
p x
def make_b
  y = :in_method
  binding
end
p eval("y", make_b)
p eval("[__FILE__, __LINE__]")

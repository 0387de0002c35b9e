a = 1
l = lambda do
  b = 2
  lambda do
    c = 3
    binding
  end.call
end
bnd = l.call
p bnd.local_variables.sort
p bnd.local_variable_get(:a)
bnd.local_variable_set(:a, 11)
p a

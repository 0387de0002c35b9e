def get_binding_from_block
  outer = 1
  [1].map { inner = 2; binding }.first
end
b = get_binding_from_block
p b.local_variables.sort
p eval("outer + inner", b)
b.local_variable_set(:outer, 100)
p eval("outer", b)

def get_binding
  secret = 42
  binding
end

b = get_binding
p b.local_variable_get(:secret)
p b.local_variables
b.local_variable_set(:secret, 7)
p b.local_variable_get(:secret)
p b.local_variable_defined?(:nothing)

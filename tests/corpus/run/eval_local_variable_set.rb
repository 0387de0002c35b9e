def counter_binding
  count = 0
  binding
end
b = counter_binding
3.times { b.local_variable_set(:count, b.local_variable_get(:count) + 1) }
p b.local_variable_get(:count)
b.local_variable_set(:created, :new_var)
p b.local_variable_get(:created)
p b.local_variables.sort
p b.receiver

b = binding
eval("fresh = 42", b)
p b.local_variable_get(:fresh)
p b.local_variables.include?(:fresh)
p defined?(fresh)
eval("fresh2 = 1")
p binding.local_variable_defined?(:fresh2)
eval("p fresh2 rescue p :not_visible")
b2 = binding
eval("z = 5", b2)
p eval("z", b2)

k = "key"
p :"my_#{k}"

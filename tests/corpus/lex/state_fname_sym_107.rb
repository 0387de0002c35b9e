send :foo=, 1
m :[]=, :<=>
x = :end?
y = :class

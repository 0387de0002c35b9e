name = "x"
a = "hello #{name}!"
b = "#{1 + 2} and #{name.upcase}"

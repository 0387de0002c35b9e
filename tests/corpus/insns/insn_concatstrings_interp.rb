name = "world"
p "hello #{name}!"

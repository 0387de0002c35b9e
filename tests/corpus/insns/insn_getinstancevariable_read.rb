@name = "ruby"
p @name

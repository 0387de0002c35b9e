name = "a"
age = 1
user = {name:, age:}

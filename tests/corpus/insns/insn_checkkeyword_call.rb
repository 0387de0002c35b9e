def greet(name: default_name)
  "hi #{name}"
end
def default_name = "anon"
p greet

def greet(name = "world", punct = "!")
  "hi #{name}#{punct}"
end

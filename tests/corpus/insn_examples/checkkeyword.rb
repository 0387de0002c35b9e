def greet(name: "world")
  "Hello, #{name}"
end

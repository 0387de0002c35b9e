def box(w, h = w, d = w * h) = [w, h, d]

p box(2)
p box(2, 3)
p box(2, 3, 4)
def greet(name, greeting = "Hello, #{name}") = greeting
p greet("Zed")
p greet("Zed", "Yo")

def f(n)
  x = n * 2
  g(n)
  x
end

def g(n)
  x = 99
  x + n
end

p f(5)
x = 7
p f(x)
p x

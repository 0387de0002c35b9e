def square(n)
  n * n
end
p square(5)

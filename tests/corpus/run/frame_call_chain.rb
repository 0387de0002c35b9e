def a(x)
  puts "a(#{x})"
  b(x + 1) * 2
end

def b(x)
  puts "b(#{x})"
  c(x + 1) + 1
end

def c(x)
  puts "c(#{x})"
  x * 10
end

p a(1)

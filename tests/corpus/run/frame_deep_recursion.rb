def depth(n)
  return 0 if n == 0
  depth(n - 1) + 1
end

p depth(10_000)
p depth(1)
p depth(0)

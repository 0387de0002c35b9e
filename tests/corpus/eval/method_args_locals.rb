def foo(a, b = 2, *r, k: 3)
  c = 4
  eval("a + b + c + k + r.size")
end
p foo(1)

x = 1
def f
  X = 1
end
foo(]

def f(
  x = 1 +
end
foo(]
class X
  y = )
end

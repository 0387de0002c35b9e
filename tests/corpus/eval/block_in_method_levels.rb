def foo(a)
  b = 2
  [1].each { |c|
    p eval("d = a + b + c; x -1 if false; d")
  }
end
foo(1)

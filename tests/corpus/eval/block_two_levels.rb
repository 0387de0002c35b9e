x = 1
[1].each { |a|
  [2].each { |b|
    p eval("x + a + b")
  }
}

h = {
  a: <<~A,
    aa
  A
  b: 2,
}

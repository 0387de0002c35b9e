def m(a: 1, b: a, c: b, d: :lit)
  [a, b, c, d]
end
p m(a: 7)

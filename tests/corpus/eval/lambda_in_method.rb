def m(v)
  l = ->(w) { eval("v + w") }
  l.(2)
end
p m(1)

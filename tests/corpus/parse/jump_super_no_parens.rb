def m(a, b)
  super a, b
end

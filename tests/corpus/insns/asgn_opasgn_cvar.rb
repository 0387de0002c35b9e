class Oc
  @@v = 1
  @@v += 1
  @@w ||= 7
  p @@v, @@w
end

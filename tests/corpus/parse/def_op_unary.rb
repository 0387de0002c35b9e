def -@
  negate
end
def +@
  self
end
def ~
  invert
end

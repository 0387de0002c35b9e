def x(a)
  a
end
def y
end
def z a
end

def a = nil
def b
  return
end
def c
  return 1
end
def d
  return 1, 2
end
def e
  return *list
end

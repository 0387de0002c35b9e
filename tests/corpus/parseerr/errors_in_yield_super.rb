def m
  yield(1 2)
end
def n
  super(3 4)
end

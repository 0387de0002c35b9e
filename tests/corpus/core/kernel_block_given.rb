def m
  if block_given?
    yield 1
  else
    :no_block
  end
end
p m
p m { |x| x + 1 }
p m(&nil)
pr = proc { |x| x * 100 }
p m(&pr)
def n(&b)
  [block_given?, b.class]
end
p n
p n {}

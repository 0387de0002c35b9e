def multi
  return 1, 2, 3
end

def single
  return
end

def implicit
  if false
    1
  end
end

a, b, c = multi
p [a, b, c]
p multi
p single
p implicit

def opts(a, **rest)
  [a, rest]
end
p opts(1, x: 2, y: 3)

X = 1
module M
  X = 2
  p ::X, X
end

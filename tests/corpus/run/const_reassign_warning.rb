X = 1
p X
X = 2
p X
module M
  Y = [1]
  Y << 2
end
p M::Y
p M.const_get(:Y).frozen?

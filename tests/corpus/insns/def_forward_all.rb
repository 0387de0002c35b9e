def target(*a, **k, &b) = [a, k, b&.call]
def fwd(...)
  target(...)
end
p fwd(1, z: 2) { 3 }

[-3, 0, 3, -2.5, 0.0, -0.0, -3r/2, 2**70, -(2**70)].each do |n|
  p [n, n.abs, n.positive?, n.negative?, n.zero?, n <=> 0]
end

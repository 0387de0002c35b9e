def pairs
  yield :a, 1
end
pairs { |k, v| p [k, v] }

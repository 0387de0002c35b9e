def kwy
  yield k: 1
end
kwy { |k:| p k }

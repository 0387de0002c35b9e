[1].each do |v|
  v -1
  v [0]
  v /2
end

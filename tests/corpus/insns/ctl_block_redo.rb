tries = 0
[1].each do |x|
  tries += 1
  redo if tries < 3
end
p tries

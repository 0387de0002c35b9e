[1].each do |x|
  p x
ensure
  p :blk_ensure
end

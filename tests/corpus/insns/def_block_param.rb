def each_twice(&blk)
  blk.call(1)
  blk.call(2)
end
each_twice { |v| p v }

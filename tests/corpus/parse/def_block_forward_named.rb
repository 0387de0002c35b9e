def pass_through(&blk)
  inner(&blk)
end

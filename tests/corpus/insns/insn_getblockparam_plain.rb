def grab(&blk)
  blk
end
p grab { 1 }.call

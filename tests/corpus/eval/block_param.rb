def m(&blk)
  eval("blk.call(1) + blk.(2)")
end
p m { |v| v * 10 }

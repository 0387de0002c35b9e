def swap_block(&b)
  b = proc { :replaced }
  b.call
end
p swap_block { :orig }

list.each { |a, (b, c), *d, &e| p a }
list.each do |x, y = 1, *z, k:, **kw, &blk|
end

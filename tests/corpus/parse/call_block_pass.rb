list.each(&blk)
list.map(&:upcase)
foo(1, &method(:bar))

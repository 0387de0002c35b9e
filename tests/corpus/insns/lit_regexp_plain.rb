p "abc".match?(/b+/), /x/i, %r{a/b}

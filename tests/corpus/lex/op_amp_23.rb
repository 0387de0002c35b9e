foo &b
foo & b
foo&b
foo(&:sym)
arr.map(&:to_s)

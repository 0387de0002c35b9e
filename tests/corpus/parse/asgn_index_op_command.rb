h[:a] ||= compute 1

obj.v = risky rescue 0
h[:x] = risky rescue 1

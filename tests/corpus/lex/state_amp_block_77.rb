m(&b)
m &b
m(&:a)
m &:a
m(&nil)

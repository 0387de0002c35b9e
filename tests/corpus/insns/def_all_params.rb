def full(a, b = 1, *c, d, e:, f: 2, **g, &h)
  [a, b, c, d, e, f, g, h&.call]
end
p full(1, 2, e: 3) { :blk }

def full(a, b = 1, *c, d, e:, f: 2, **g, &h)
  h.call(a, b, c, d, e, f, g)
end

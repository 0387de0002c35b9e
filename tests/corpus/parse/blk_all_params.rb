each_thing do |a, b = 2, *c, d, e:, f: 3, **g, &h|
  [a, b, c, d, e, f, g, h]
end

[:program, [[:begin, [:bodystmt, [[:vcall, [:@ident, "a", [2, 2]]], [:vcall, [:@ident, "b", [3, 2]]]], nil, nil, nil]]]]

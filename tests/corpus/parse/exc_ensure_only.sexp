[:program, [[:begin, [:bodystmt, [[:vcall, [:@ident, "open_it", [2, 2]]]], nil, nil, [:ensure, [[:vcall, [:@ident, "close_it", [4, 2]]]]]]]]]

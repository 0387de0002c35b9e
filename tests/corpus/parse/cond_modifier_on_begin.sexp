[:program, [[:if_mod, [:vcall, [:@ident, "go", [3, 7]]], [:begin, [:bodystmt, [[:vcall, [:@ident, "step", [2, 2]]]], nil, nil, nil]]]]]

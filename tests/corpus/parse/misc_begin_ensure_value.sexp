[:program, [[:assign, [:var_field, [:@ident, "x", [1, 0]]], [:begin, [:bodystmt, [[:vcall, [:@ident, "compute", [2, 2]]]], nil, nil, [:ensure, [[:vcall, [:@ident, "log", [4, 2]]]]]]]]]]

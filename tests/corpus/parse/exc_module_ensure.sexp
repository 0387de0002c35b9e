[:program, [[:module, [:const_ref, [:@const, "M", [1, 7]]], [:bodystmt, [[:void_stmt], [:vcall, [:@ident, "setup", [2, 2]]]], nil, nil, [:ensure, [[:vcall, [:@ident, "teardown", [4, 2]]]]]]]]]

[:program, [[:assign, [:var_field, [:@ident, "k", [1, 0]]], [:class, [:const_ref, [:@const, "Foo", [1, 10]]], nil, [:bodystmt, [[:void_stmt], [:var_ref, [:@kw, "self", [1, 15]]]], nil, nil, nil]]]]]

[:program, [[:def, [:@ident, "strict", [1, 4]], [:paren, [:params, [[:@ident, "a", [1, 11]]], nil, nil, nil, nil, :nil, nil]], [:bodystmt, [[:var_ref, [:@ident, "a", [2, 2]]]], nil, nil, nil]]]]

[:program, [[:def, [:@ident, "one", [1, 4]], [:params, nil, nil, nil, nil, nil, nil, nil], [:bodystmt, [[:@int, "1", [1, 9]]], nil, nil, nil]]]]

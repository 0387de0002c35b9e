[:program, [[:def, [:@ident, "x", [1, 4]], [:params, nil, nil, nil, nil, nil, nil, nil], [:bodystmt, [:@int, "1", [1, 8]], nil, nil, nil]]]]

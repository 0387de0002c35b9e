[:program, [[:def, [:@ident, "dsplat", [1, 4]], [:paren, [:params, nil, nil, nil, nil, nil, [:kwrest_param, nil], nil]], [:bodystmt, [[:void_stmt]], nil, nil, nil]]]]

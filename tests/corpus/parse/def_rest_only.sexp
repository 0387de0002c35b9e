[:program, [[:def, [:@ident, "splat", [1, 4]], [:paren, [:params, nil, nil, [:rest_param, nil], nil, nil, nil, nil]], [:bodystmt, [[:zsuper]], nil, nil, nil]]]]

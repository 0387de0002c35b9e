[:program, [[:assign, [:var_field, [:@ident, "f", [1, 0]]], [:lambda, [:params, nil, nil, nil, nil, nil, nil, nil], [[:binary, [:var_ref, [:@ident, "_1", [1, 9]]], :+, [:@int, "1", [1, 14]]]]]]]]

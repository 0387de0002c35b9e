[:program, [[:case, [:assign, [:var_field, [:@ident, "ok", [1, 0]]], [:@int, "5", [1, 5]]], [:in, [:var_ref, [:@const, "Integer", [1, 10]]], nil, nil]]]]

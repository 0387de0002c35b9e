[:program, [[:var_ref, [:@kw, "self", [1, 0]]], [:var_ref, [:@kw, "nil", [2, 0]]], [:var_ref, [:@kw, "true", [3, 0]]], [:var_ref, [:@kw, "false", [4, 0]]]]]

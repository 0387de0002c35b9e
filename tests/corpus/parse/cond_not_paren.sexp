[:program, [[:assign, [:var_field, [:@ident, "x", [1, 0]]], [:unary, :not, [:var_ref, [:@kw, "true", [1, 8]]]]]]]

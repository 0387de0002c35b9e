[:program, [[:opassign, [:var_field, [:@ident, "x", [1, 0]]], [:@op, "||=", [1, 2]], [:rescue_mod, [:vcall, [:@ident, "compute", [1, 6]]], [:var_ref, [:@kw, "nil", [1, 21]]]]]]]

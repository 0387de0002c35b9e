[:program, [[:assign, [:var_field, [:@ident, "r", [1, 0]]], [:ifop, [:defined, [:vcall, [:@ident, "foo", [1, 13]]]], [:vcall, [:@ident, "foo", [1, 20]]], [:var_ref, [:@kw, "nil", [1, 26]]]]]]]

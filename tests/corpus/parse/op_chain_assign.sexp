[:program, [[:assign, [:var_field, [:@ident, "a", [1, 0]]], [:assign, [:var_field, [:@ident, "b", [1, 4]]], [:vcall, [:@ident, "c", [1, 8]]]]]]]

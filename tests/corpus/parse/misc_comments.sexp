[:program, [[:assign, [:var_field, [:@ident, "x", [2, 0]]], [:@int, "1", [2, 4]]], [:assign, [:var_field, [:@ident, "y", [6, 0]]], [:@int, "2", [6, 4]]]]]

[:program, [[:binary, [:assign, [:var_field, [:@ident, "x", [1, 0]]], [:@int, "1", [1, 4]]], :and, [:assign, [:var_field, [:@ident, "y", [1, 10]]], [:@int, "2", [1, 14]]]]]]

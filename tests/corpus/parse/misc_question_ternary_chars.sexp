[:program, [[:assign, [:var_field, [:@ident, "x", [1, 0]]], [:ifop, [:vcall, [:@ident, "c", [1, 4]]], [:@CHAR, "?a", [1, 8]], [:@CHAR, "?b", [1, 13]]]]]]

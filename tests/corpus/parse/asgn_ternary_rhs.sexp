[:program, [[:assign, [:var_field, [:@ident, "x", [1, 0]]], [:ifop, [:vcall, [:@ident, "y", [1, 4]]], [:@int, "1", [1, 8]], [:@int, "2", [1, 12]]]]]]

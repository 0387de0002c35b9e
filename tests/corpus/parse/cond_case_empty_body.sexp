[:program, [[:case, [:vcall, [:@ident, "x", [1, 5]]], [:when, [[:@int, "1", [2, 5]]], [[:void_stmt]], [:when, [[:@int, "2", [3, 5]]], [[:var_ref, [:@kw, "nil", [4, 2]]]], nil]]]]]

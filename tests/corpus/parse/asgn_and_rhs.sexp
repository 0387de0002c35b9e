[:program, [[:assign, [:var_field, [:@ident, "ok", [1, 0]]], [:binary, [:vcall, [:@ident, "a", [1, 5]]], :"&&", [:vcall, [:@ident, "b", [1, 10]]]]]]]

[:program, [[:massign, [[:var_field, [:@ident, "a", [1, 0]]], [:rest_param, [:var_field, [:@ident, "b", [1, 4]]]]], [:vcall, [:@ident, "list", [1, 8]]]]]]

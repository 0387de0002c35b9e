[:program, [[:massign, [[:rest_param, [:var_field, [:@ident, "a", [1, 1]]]], [:var_field, [:@ident, "b", [1, 4]]]], [:vcall, [:@ident, "list", [1, 8]]]]]]

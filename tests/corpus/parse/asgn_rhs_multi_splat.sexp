[:program, [[:assign, [:var_field, [:@ident, "r", [1, 0]]], [:mrhs_add_star, [:mrhs_new_from_args, [:args_add_star, [], [:vcall, [:@ident, "a", [1, 5]]]]], [:vcall, [:@ident, "b", [1, 9]]]]]]]

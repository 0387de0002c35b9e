[:program, [[:for, [:var_field, [:@ident, "x", [1, 4]]], [:vcall, [:@ident, "list", [1, 9]]], [[:command, [:@ident, "p", [1, 17]], [:args_add_block, [[:var_ref, [:@ident, "x", [1, 19]]]], false]]]]]]

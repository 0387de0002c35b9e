[:program, [[:assign, [:var_field, [:@ident, "x", [1, 0]]], [:@int, "1", [1, 4]]], [:command, [:@ident, "p", [2, 0]], [:args_add_block, [[:defined, [:var_ref, [:@ident, "x", [2, 11]]]]], false]]]]

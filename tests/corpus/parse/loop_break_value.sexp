[:program, [[:assign, [:var_field, [:@ident, "r", [1, 0]]], [:while, [:var_ref, [:@kw, "true", [1, 10]]], [[:break, [:args_add_block, [[:@int, "42", [2, 8]]], false]]]]]]]

[:program, [[:command, [:@ident, "puts", [1, 0]], [:args_add_block, [[:call, [:var_ref, [:@const, "DATA", [1, 5]]], [:@period, ".", [1, 9]], [:@ident, "read", [1, 10]]]], false]]]]

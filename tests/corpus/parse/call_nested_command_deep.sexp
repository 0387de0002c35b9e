[:program, [[:command, [:@ident, "p", [1, 0]], [[:command, [:@ident, "puts", [1, 2]], [[:command, [:@ident, "foo", [1, 7]], [:args_add_block, [[:@int, "1", [1, 11]]], false]]]]]]]]

[:program, [[:command, [:@ident, "puts", [1, 0]], [:args_add_block, [[:binary, [:@int, "2", [1, 5]], :+, [:@int, "2", [1, 7]]]], false]]]]

[:program, [[:command, [:@ident, "puts", [1, 0]], [:args_add_block, [[:binary, [:paren, [:binary, [:@int, "1", [1, 6]], :+, [:@int, "2", [1, 10]]]], :*, [:@int, "3", [1, 15]]]], false]]]]

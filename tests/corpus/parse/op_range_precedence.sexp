[:program, [[:assign, [:var_field, [:@ident, "r", [1, 0]]], [:dot2, [:binary, [:@int, "1", [1, 4]], :+, [:@int, "2", [1, 8]]], [:binary, [:@int, "3", [1, 11]], :*, [:@int, "4", [1, 15]]]]]]]

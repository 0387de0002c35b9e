[:program, [[:while, [:binary, [:vcall, [:@ident, "x", [1, 6]]], :>, [:@int, "0", [1, 10]]], [[:opassign, [:var_field, [:@ident, "x", [1, 13]]], [:@op, "-=", [1, 15]], [:@int, "1", [1, 18]]]]]]]

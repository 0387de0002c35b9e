[:program, [[:binary, [:binary, [:@int, "0", [1, 0]], :<, [:vcall, [:@ident, "x", [1, 4]]]], :"&&", [:binary, [:vcall, [:@ident, "x", [1, 9]]], :<, [:@int, "10", [1, 13]]]]]]

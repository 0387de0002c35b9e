[:program, [[:if, [:binary, [:binary, [:vcall, [:@ident, "a", [1, 3]]], :"&&", [:vcall, [:@ident, "b", [2, 3]]]], :"&&", [:vcall, [:@ident, "c", [3, 3]]]], [[:vcall, [:@ident, "d", [4, 2]]]], nil]]]

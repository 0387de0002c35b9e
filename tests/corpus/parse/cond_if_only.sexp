[:program, [[:if, [:vcall, [:@ident, "ready", [1, 3]]], [[:vcall, [:@ident, "go", [2, 2]]]], nil]]]

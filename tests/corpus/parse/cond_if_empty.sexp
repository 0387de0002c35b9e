[:program, [[:if, [:vcall, [:@ident, "x", [1, 3]]], [[:void_stmt]], nil]]]

[:program, [[:unless, [:vcall, [:@ident, "x", [1, 7]]], [[:vcall, [:@ident, "y", [1, 14]]]], nil]]]

[:program, [[:while, [:vcall, [:@ident, "x", [1, 6]]], [[:next, []]]]]]

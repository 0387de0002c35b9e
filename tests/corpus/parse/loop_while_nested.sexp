[:program, [[:while, [:vcall, [:@ident, "a", [1, 6]]], [[:while, [:vcall, [:@ident, "b", [2, 8]]], [[:break, []]]], [:next, []]]]]]

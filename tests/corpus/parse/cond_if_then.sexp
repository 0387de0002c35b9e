[:program, [[:if, [:vcall, [:@ident, "x", [1, 3]]], [[:vcall, [:@ident, "y", [1, 10]]]], [:else, [[:vcall, [:@ident, "z", [1, 17]]]]]]]]

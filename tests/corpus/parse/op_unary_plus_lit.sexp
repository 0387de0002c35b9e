[:program, [[:@int, "+1", [1, 0]], [:unary, :+@, [:vcall, [:@ident, "x", [2, 1]]]], [:unary, :-@, [:@float, "1.0", [3, 1]]]]]

[:program, [[:if, [:vcall, [:@ident, "a", [1, 3]]], [[:@int, "1", [2, 2]]], [:elsif, [:vcall, [:@ident, "b", [3, 6]]], [[:@int, "2", [4, 2]]], nil]]]]

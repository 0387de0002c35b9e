[:program, [[:assign, [:var_field, [:@ident, "a", [1, 0]]], [:array, [[:@int, "1", [2, 2]], [:@int, "2", [3, 2]]]]]]]

[:program, [[:assign, [:var_field, [:@ident, "value", [1, 0]]], [:call, [:array, [[:@int, "3", [1, 9]], [:@int, "1", [1, 12]]]], [:@period, ".", [3, 2]], [:@ident, "sort", [3, 3]]]]]]

[:program, [[:call, [:call, [:const_path_ref, [:var_ref, [:@const, "A", [1, 0]]], [:@const, "B", [1, 3]]], :"::", [:@ident, "c", [1, 6]]], :"::", [:@ident, "d", [1, 9]]]]]

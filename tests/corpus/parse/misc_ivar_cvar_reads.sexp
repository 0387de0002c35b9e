[:program, [[:var_ref, [:@ivar, "@a", [1, 0]]], [:var_ref, [:@cvar, "@@b", [2, 0]]], [:var_ref, [:@gvar, "$c", [3, 0]]]]]

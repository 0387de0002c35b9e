[:program, [[:var_alias, [:@gvar, "$new_out", [1, 6]], [:@gvar, "$stdout", [1, 15]]]]]

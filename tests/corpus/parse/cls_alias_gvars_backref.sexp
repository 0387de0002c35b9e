[:program, [[:var_alias, [:@gvar, "$OUT", [1, 6]], [:@gvar, "$stdout", [1, 11]]], [:var_alias, [:@gvar, "$ERR", [2, 6]], [:@gvar, "$stderr", [2, 11]]]]]

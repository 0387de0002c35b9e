[:program, [[:@backref, "$1", [1, 0]], [:assign, [:var_field, [:@gvar, "$~", [2, 0]]], [:var_ref, [:@kw, "nil", [2, 5]]]]]]

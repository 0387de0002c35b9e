[:program, [[:case, [:vcall, [:@ident, "v", [1, 5]]], [:in, [:var_ref, [:@gvar, "$expected", [2, 4]]], [[:symbol_literal, [:symbol, [:@ident, "g", [2, 20]]]]], nil]]]]

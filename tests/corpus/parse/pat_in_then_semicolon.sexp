[:program, [[:case, [:@int, "1", [1, 5]], [:in, [:var_ref, [:@const, "Integer", [1, 11]]], [[:symbol_literal, [:symbol, [:@ident, "i", [1, 21]]]]], nil]]]]

[:program, [[:alias, [:symbol_literal, [:symbol, [:@ident, "to_str", [1, 7]]]], [:symbol_literal, [:symbol, [:@ident, "to_s", [1, 15]]]]]]]

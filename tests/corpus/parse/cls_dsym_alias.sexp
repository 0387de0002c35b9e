[:program, [[:alias, [:dyna_symbol, [:string_content, [:@tstring_content, "quoted name", [1, 8]]]], [:symbol_literal, [:symbol, [:@ident, "plain", [1, 22]]]]]]]

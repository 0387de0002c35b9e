[:program, [[:assign, [:var_field, [:@ident, "text", [1, 0]]], [:string_literal, [:string_content, [:@tstring_content, "Hello\nWorld\n", [2, 0]]]]]]]

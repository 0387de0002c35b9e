[:program, [[:assign, [:var_field, [:@ident, "text", [1, 0]]], [:string_literal, [:string_content, [:@tstring_content, "hello\n", [2, 2]]]]]]]

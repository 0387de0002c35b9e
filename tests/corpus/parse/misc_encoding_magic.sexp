[:program, [[:assign, [:var_field, [:@ident, "s", [2, 0]]], [:string_literal, [:string_content, [:@tstring_content, "frozen", [2, 5]]]]]]]

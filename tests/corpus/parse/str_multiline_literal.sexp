[:program, [[:assign, [:var_field, [:@ident, "s", [1, 0]]], [:string_literal, [:string_content, [:@tstring_content, "line1\nline2\nline3", [1, 5]]]]]]]

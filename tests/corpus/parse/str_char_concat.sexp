[:program, [[:assign, [:var_field, [:@ident, "a", [1, 0]]], [:binary, [:string_literal, [:string_content, [:@tstring_content, "a", [1, 5]]]], :+, [:@CHAR, "?b", [1, 10]]]]]]

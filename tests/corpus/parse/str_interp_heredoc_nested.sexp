[:program, [[:assign, [:var_field, [:@ident, "x", [1, 0]]], [:string_literal, [:string_content, [:string_embexpr, [[:string_literal, [:string_content, [:@tstring_content, "inner\n", [2, 2]]]]]]]]]]]

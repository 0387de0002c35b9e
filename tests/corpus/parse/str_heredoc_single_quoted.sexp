[:program, [[:assign, [:var_field, [:@ident, "s", [1, 0]]], [:string_literal, [:string_content, [:@tstring_content, "no \#{interp} here\n", [2, 2]]]]]]]

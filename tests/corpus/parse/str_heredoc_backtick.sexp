[:program, [[:assign, [:var_field, [:@ident, "out", [1, 0]]], [:xstring_literal, [[:@tstring_content, "echo hi\n", [2, 2]]]]]]]

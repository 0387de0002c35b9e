[:program, [[:if, [:regexp_literal, [[:@tstring_content, "foo", [1, 4]]], [:@regexp_end, "/", [1, 7]]], [[:vcall, [:@ident, "bar", [2, 2]]]], nil]]]

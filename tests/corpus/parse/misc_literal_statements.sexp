[:program, [[:@int, "1", [1, 0]], [:string_literal, [:string_content, [:@tstring_content, "s", [2, 1]]]], [:symbol_literal, [:symbol, [:@ident, "sym", [3, 1]]]], [:array, nil], [:hash, nil]]]

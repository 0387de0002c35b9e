[:program, [[:case, [:vcall, [:@ident, "h", [1, 5]]], [:in, [:hshptn, nil, nil, nil], [[:symbol_literal, [:symbol, [:@ident, "empty", [3, 3]]]]], nil]]]]

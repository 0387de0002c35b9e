[:program, [[:unless, [:vcall, [:@ident, "done", [1, 7]]], [[:vcall, [:@ident, "work", [2, 2]]], [:vcall, [:@ident, "more_work", [3, 2]]]], nil]]]

[:program, [[:binary, [:defined, [:vcall, [:@ident, "a", [1, 9]]]], :"&&", [:defined, [:vcall, [:@ident, "b", [1, 24]]]]]]]

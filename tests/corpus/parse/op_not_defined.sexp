[:program, [[:unary, :!, [:defined, [:vcall, [:@ident, "x", [1, 10]]]]]]]

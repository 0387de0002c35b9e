[:program, [[:if, [:binary, [:unary, :not, [:vcall, [:@ident, "ready", [1, 7]]]], :and, [:unary, :not, [:vcall, [:@ident, "waiting", [1, 21]]]]], [[:vcall, [:@ident, "idle", [2, 2]]]], nil]]]

[:program, [[:method_add_arg, [:call, [:vcall, [:@ident, "a", [1, 0]]], [:@period, ".", [1, 1]], [:@op, "!", [1, 2]]], [:arg_paren, nil]], [:unary, :!, [:vcall, [:@ident, "a", [2, 1]]]]]]

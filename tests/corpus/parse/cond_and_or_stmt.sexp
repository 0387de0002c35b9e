[:program, [[:binary, [:binary, [:method_add_arg, [:fcall, [:@ident, "ready?", [1, 0]]], []], :and, [:vcall, [:@ident, "start", [1, 11]]]], :or, [:vcall, [:@ident, "fail", [1, 20]]]]]]

[:program, [[:until, [:method_add_arg, [:fcall, [:@ident, "done?", [1, 6]]], []], [[:vcall, [:@ident, "step", [1, 15]]]]]]]

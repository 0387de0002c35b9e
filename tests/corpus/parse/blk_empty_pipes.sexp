[:program, [[:method_add_block, [:method_add_arg, [:fcall, [:@ident, "foo", [1, 0]]], []], [:brace_block, [:block_var, [:params, nil, nil, nil, nil, nil, nil, nil], false], [[:@int, "1", [1, 9]]]]]]]

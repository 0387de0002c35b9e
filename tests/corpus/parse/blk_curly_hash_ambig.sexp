[:program, [[:method_add_block, [:method_add_arg, [:fcall, [:@ident, "foo", [1, 0]]], [:arg_paren, [:args_add_block, [[:hash, nil]], false]]], [:brace_block, nil, [[:hash, nil]]]]]]

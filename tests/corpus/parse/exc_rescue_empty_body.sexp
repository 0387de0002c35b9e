[:program, [[:begin, [:bodystmt, [[:void_stmt]], [:rescue, nil, nil, [[:void_stmt]], nil], nil, nil]]]]

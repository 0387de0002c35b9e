[:program, [[:binary, [:@int, "2", [1, 0]], :+, [:binary, [:@int, "2", [1, 4]], :*, [:@int, "3", [1, 8]]]]]]

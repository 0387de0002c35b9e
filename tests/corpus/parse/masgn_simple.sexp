[:program, [[:massign, [[:var_field, [:@ident, "a", [1, 0]]], [:var_field, [:@ident, "b", [1, 3]]]], [:mrhs_new_from_args, [[:@int, "1", [1, 7]]], [:@int, "2", [1, 10]]]]]]

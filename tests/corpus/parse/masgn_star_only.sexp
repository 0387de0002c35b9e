[:program, [[:massign, [[:rest_param, nil]], [:mrhs_new_from_args, [[:@int, "1", [1, 4]]], [:@int, "2", [1, 7]]]]]]
